import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { startFerretdb } from '../../src/services/ferretdb'
import { projectPaths } from '../../src/services/paths'
import { findFreePort } from '../../src/services/ports'
import {
  randomSecret,
  startAppServer,
  startThrowawayStack,
  stopProcesses,
  type ThrowawayStack,
} from '../../src/services/throwawayStack'
import { fetchJson } from './actors'
import { testMeiliClient } from './meiliClient'
import { faultLogsDir } from './serverLogGate'
import { readStack } from './testStack'

/**
 * A stack of its own for a test that kills, stops or adds processes (FerretDB, app servers, the
 * jobs worker) without disturbing the shared one. Everything it starts is stopped by `stop()`.
 */
export type FaultStack = ThrowawayStack & {
  dir: string
  token: string
  /** Every pid started, for `stop()`. */
  started: number[]
  stop: () => Promise<void>
}

export async function startFaultStack(env: Record<string, string> = {}): Promise<FaultStack> {
  const { root, toolsDir } = projectPaths()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wissenshub-fault-'))
  const stack = await startThrowawayStack({
    root,
    toolsDir,
    dir,
    database: 'faults',
    log: () => undefined,
    env: { WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true', ...env },
  })
  const register = await fetch(`${stack.appUrl}/api/users/first-register`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'admin@faults.wissenshub.local', password: randomSecret() }),
  })
  if (!register.ok) throw new Error(`first-register failed: ${register.status}`)
  const { token } = (await register.json()) as { token: string }
  const started = [...stack.pids]
  return {
    ...stack,
    dir,
    token,
    started,
    stop: async () => {
      await stopProcesses(started)
      keepLogsForTheGate(dir)
      if (!process.env.KEEP_TEST_DATA) fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** Copies a fault stack's logs where the run's log gate reads them (globalTeardown). */
export function keepLogsForTheGate(dir: string) {
  const target = faultLogsDir(readStack().tmpDir)
  fs.mkdirSync(target, { recursive: true })
  for (const name of fs.readdirSync(dir).filter((file) => file.endsWith('.log'))) {
    fs.copyFileSync(path.join(dir, name), path.join(target, `${path.basename(dir)}-${name}`))
  }
}

/** One more app server (a second instance) on the same database and search. */
export async function startAnotherApp(stack: FaultStack, env: Record<string, string> = {}) {
  const port = await findFreePort()
  const app = await startAppServer({
    root: projectPaths().root,
    port,
    env: { ...stack.appEnv, SERVER_URL: `http://127.0.0.1:${port}`, ...env },
    logFile: path.join(stack.dir, `next-${port}.log`),
  })
  stack.started.push(app.pid)
  return app
}

/** The app server again on the same port after it was killed. */
export async function restartApp(stack: FaultStack, env: Record<string, string> = {}) {
  const app = await startAppServer({
    root: projectPaths().root,
    port: stack.app.port,
    env: { ...stack.appEnv, ...env },
    logFile: stack.serverLog,
  })
  stack.started.push(app.pid)
  return app
}

/** FerretDB again on the same port and data after it was stopped. */
export async function restartDatabase(stack: FaultStack) {
  const { binary, dataDir, port, name } = stack.database
  const ferretdb = await startFerretdb({ binary, dataDir, port, database: name })
  stack.started.push(ferretdb.pid)
  return ferretdb
}

/** `npm run worker` against the stack, its output in the stack's folder. */
export function startWorker(
  stack: FaultStack,
  env: Record<string, string> = {},
): ChildProcess & { exited: Promise<number | null> } {
  const { root } = projectPaths()
  const log = fs.openSync(path.join(stack.dir, 'worker.log'), 'a')
  const worker = spawn(process.execPath, ['--import', 'tsx', 'scripts/worker.ts'], {
    cwd: root,
    env: { ...process.env, ...stack.appEnv, JOBS_AUTORUN: 'false', ...env },
    stdio: ['ignore', log, log],
  })
  fs.closeSync(log)
  stack.started.push(worker.pid!)
  const exited = new Promise<number | null>((resolve) => worker.once('exit', resolve))
  return Object.assign(worker, { exited })
}

/** Calls the stack's app (or `base`, another instance) as the admin; JSON in and out. */
export function call<T = Record<string, unknown>>(
  stack: FaultStack,
  urlPath: string,
  { method, body, base = stack.appUrl }: { method?: string; body?: unknown; base?: string } = {},
) {
  return fetchJson<T>(new URL(urlPath, base), {
    method,
    body,
    headers: { Authorization: `JWT ${stack.token}` },
  })
}

/** Ids of every talk record in the German index. */
export async function indexedTalkIds(stack: FaultStack): Promise<Set<string>> {
  const meili = testMeiliClient(stack.meili.host, stack.meili.masterKey)
  const { results } = await meili
    .index('publications-de')
    .getDocuments<{ id: string }>({ fields: ['id'], filter: 'type = talk', limit: 10_000 })
  return new Set(results.map((doc) => doc.id))
}
