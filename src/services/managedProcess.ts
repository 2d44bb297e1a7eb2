import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

export type ManagedProcess = {
  name: string
  pid: number
  logFile: string
  /** Resolves once the process has exited. */
  exited: Promise<number | null>
  /** How it ended: `exit <code>`, or the signal that ended it (Meilisearch has no SIGTERM handler). */
  howItEnded: () => string
  stop: (signal?: NodeJS.Signals) => Promise<void>
}

type StartArgs = {
  name: string
  command: string
  args: string[]
  logFile: string
  env?: Record<string, string | undefined>
  cwd?: string
  /** Resolves true once the service answers; polled until `timeoutMs`. */
  isReady: () => Promise<boolean>
  timeoutMs?: number
}

const STOP_GRACE_MS = 10_000

function tail(file: string, lines = 15): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n')
  } catch {
    return '(no log written)'
  }
}

/**
 * Starts a server process with its output in a log file and waits until it is ready. If it dies
 * first or never answers, the error carries the end of its log so the cause is visible.
 */
export async function startManagedProcess(args: StartArgs): Promise<ManagedProcess> {
  fs.mkdirSync(path.dirname(args.logFile), { recursive: true })
  const log = fs.openSync(args.logFile, 'a')
  const child: ChildProcess = spawn(args.command, args.args, {
    cwd: args.cwd,
    env: (args.env ?? process.env) as NodeJS.ProcessEnv,
    stdio: ['ignore', log, log],
  })
  fs.closeSync(log)

  let exitCode: number | null | undefined
  let exitSignal: NodeJS.Signals | null = null
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code, signal) => {
      exitCode = code
      exitSignal = signal
      resolve(code)
    })
    child.once('error', (error) => {
      fs.appendFileSync(args.logFile, `\n${error.message}\n`)
      exitCode = -1
      resolve(-1)
    })
  })

  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (exitCode !== undefined) return
    child.kill(signal)
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS)
    await exited
    clearTimeout(timer)
  }

  const deadline = Date.now() + (args.timeoutMs ?? 60_000)
  while (Date.now() < deadline) {
    if (exitCode !== undefined) {
      throw new Error(
        `${args.name} exited (code ${exitCode}) while starting. End of ${args.logFile}:\n${tail(args.logFile)}`,
      )
    }
    if (await args.isReady().catch(() => false)) {
      const howItEnded = () =>
        exitCode === undefined ? 'running' : exitSignal ? exitSignal : `exit ${exitCode}`
      return {
        name: args.name,
        pid: child.pid ?? -1,
        logFile: args.logFile,
        exited,
        howItEnded,
        stop,
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  await stop('SIGKILL')
  throw new Error(
    `${args.name} did not become ready within ${args.timeoutMs ?? 60_000} ms. End of ${args.logFile}:\n${tail(args.logFile)}`,
  )
}
