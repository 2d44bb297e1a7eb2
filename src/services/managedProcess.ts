import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type { Writable } from 'node:stream'

export type ExitStatus = { code: number | null; signal: NodeJS.Signals | null }

export type ManagedProcess = {
  name: string
  pid: number
  /** Where its output goes; undefined when it is passed through to this process's output. */
  logFile?: string
  /** Resolves once the process has exited. */
  exited: Promise<number | null>
  /** How it ended: `exit <code>`, or the signal that ended it (Meilisearch has no SIGTERM handler). */
  howItEnded: () => string
  /** The last lines it wrote, for a message about why it ended. */
  outputTail: (lines?: number) => string
  stop: (signal?: NodeJS.Signals) => Promise<void>
}

type StartArgs = {
  name: string
  command: string
  args: string[]
  /** Output to this file; without it, output goes to this process's stdout and stderr. */
  logFile?: string
  env?: Record<string, string | undefined>
  cwd?: string
  /** Resolves true once the service answers; polled until `timeoutMs`. */
  isReady?: () => Promise<boolean>
  /** Ready when the child sends this over an IPC channel (`process.send`), instead of polling. */
  readyMessage?: string
  timeoutMs?: number
}

const STOP_GRACE_MS = 10_000
const TAIL_LINES = 15

function fileTail(file: string, lines: number): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n')
  } catch {
    return '(no log written)'
  }
}

/** Passes a child's output through and keeps its last lines. */
function passThrough(child: ChildProcess) {
  const lines: string[] = []
  const keep = (target: Writable) => (chunk: Buffer) => {
    target.write(chunk)
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean))
    lines.splice(0, Math.max(0, lines.length - 50))
  }
  child.stdout?.on('data', keep(process.stdout))
  child.stderr?.on('data', keep(process.stderr))
  return (count: number) => (lines.length ? lines.slice(-count).join('\n') : '(no output)')
}

/**
 * Starts a server process with its output in a log file (or passed through) and waits until it is
 * ready. If it dies first or never answers, the error carries the end of its output so the cause
 * is visible.
 */
export async function startManagedProcess(args: StartArgs): Promise<ManagedProcess> {
  const { logFile, readyMessage } = args
  let output: number | 'pipe' = 'pipe'
  if (logFile) {
    fs.mkdirSync(path.dirname(logFile), { recursive: true })
    output = fs.openSync(logFile, 'a')
  }
  const child: ChildProcess = spawn(args.command, args.args, {
    cwd: args.cwd,
    env: (args.env ?? process.env) as NodeJS.ProcessEnv,
    stdio: ['ignore', output, output, ...(readyMessage ? (['ipc'] as const) : [])],
  })
  if (typeof output === 'number') fs.closeSync(output)
  const keptLines = logFile ? undefined : passThrough(child)
  const tail = (lines = TAIL_LINES) =>
    keptLines ? keptLines(lines) : fileTail(logFile as string, lines)

  let said = false
  child.on('message', (message) => {
    if (message === readyMessage) said = true
  })
  let exitCode: number | null | undefined
  let exitSignal: NodeJS.Signals | null = null
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code, signal) => {
      exitCode = code
      exitSignal = signal
      resolve(code)
    })
    child.once('error', (error) => {
      if (logFile) fs.appendFileSync(logFile, `\n${error.message}\n`)
      exitCode = -1
      resolve(-1)
    })
  })
  const howItEnded = () =>
    exitCode === undefined ? 'running' : exitSignal ? exitSignal : `exit ${exitCode}`

  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (exitCode !== undefined) return
    child.kill(signal)
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS)
    await exited
    clearTimeout(timer)
  }

  const isReady = readyMessage ? async () => said : (args.isReady ?? (async () => true))
  const timeoutMs = args.timeoutMs ?? 60_000
  const deadline = Date.now() + timeoutMs
  const where = logFile ? `End of ${logFile}` : 'Its last output'
  while (Date.now() < deadline) {
    if (exitCode !== undefined) {
      throw new Error(`${args.name} ended (${howItEnded()}) while starting. ${where}:\n${tail()}`)
    }
    if (await isReady().catch(() => false)) {
      return {
        name: args.name,
        pid: child.pid ?? -1,
        logFile,
        exited,
        howItEnded,
        outputTail: tail,
        stop,
      }
    }
    await new Promise((resolve) => setTimeout(resolve, readyMessage ? 50 : 200))
  }
  await stop('SIGKILL')
  throw new Error(`${args.name} did not become ready within ${timeoutMs} ms. ${where}:\n${tail()}`)
}
