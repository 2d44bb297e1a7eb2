import { randomBytes } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import path from 'node:path'

import { ensureFerretdbBinary, startFerretdb } from './ferretdb'
import { meilisearchBinaryPath, startMeilisearch } from './meilisearch'
import { buildIfNeeded, spawnNextServer } from './nextServer'
import { findFreePort } from './ports'
import { waitForHttp } from './waitForHttp'

export type ThrowawayStack = {
  appUrl: string
  /** The app's environment (production mode, jobs runner on), for scripts run against it. */
  appEnv: Record<string, string>
  databaseUri: string
  /** The embedded FerretDB, for tests that stop and start it again on the same port and data. */
  database: { binary: string; dataDir: string; port: number; name: string; pid: number }
  app: { port: number; pid: number }
  meili: {
    host: string
    port: number
    masterKey: string
    dataDir: string
    binary: string
    pid: number
  }
  serverLog: string
  /** App server, Meilisearch, FerretDB. */
  pids: number[]
}

export const randomSecret = () => randomBytes(24).toString('hex')

/**
 * Real FerretDB, Meilisearch and a production Next.js server on free ports with fresh data in
 * `dir`, for the tests and the benchmarks; the caller stops the processes by pid.
 */
export async function startThrowawayStack({
  root,
  toolsDir,
  dir,
  database,
  log,
  env = {},
}: {
  root: string
  toolsDir: string
  dir: string
  database: string
  log: (line: string) => void
  /** More settings for the app. */
  env?: Record<string, string>
}): Promise<ThrowawayStack> {
  const databaseSettings = {
    binary: ensureFerretdbBinary(toolsDir, log),
    dataDir: path.join(dir, 'ferretdb'),
    port: await findFreePort(),
    database,
  }
  const ferretdb = await startFerretdb(databaseSettings)
  const masterKey = randomSecret()
  const meili = {
    binary: meilisearchBinaryPath(),
    dataDir: path.join(dir, 'meilisearch'),
    port: await findFreePort(),
    masterKey,
  }
  const meilisearch = await startMeilisearch(meili)

  buildIfNeeded(root, log)
  const appPort = await findFreePort()
  const appUrl = `http://127.0.0.1:${appPort}`
  const appEnv = {
    APP_ENV: 'production',
    DATABASE_URI: ferretdb.uri,
    DATABASE_FLAVOUR: 'ferretdb',
    PAYLOAD_SECRET: randomSecret(),
    MEILI_HOST: meilisearch.host,
    MEILI_MASTER_KEY: masterKey,
    SERVER_URL: appUrl,
    JOBS_AUTORUN: 'true',
    MEDIA_DIR: path.join(dir, 'media'),
    ...env,
  }
  const server = await startAppServer({
    root,
    port: appPort,
    env: appEnv,
    logFile: path.join(dir, 'next.log'),
  })
  return {
    appUrl,
    appEnv,
    databaseUri: ferretdb.uri,
    database: {
      binary: databaseSettings.binary,
      dataDir: databaseSettings.dataDir,
      port: databaseSettings.port,
      name: database,
      pid: ferretdb.pid,
    },
    app: { port: appPort, pid: server.pid },
    meili: { ...meili, host: meilisearch.host, pid: meilisearch.pid },
    serverLog: server.logFile,
    pids: [server.pid, meilisearch.pid, ferretdb.pid],
  }
}

/**
 * A production Next.js server (`next start`, already built) with its output in `logFile`; resolves
 * once `/api/ready` answers. Tests start more than one against the same services.
 */
export async function startAppServer({
  root,
  port,
  env,
  logFile,
}: {
  root: string
  port: number
  env: Record<string, string>
  logFile: string
}) {
  const server = spawnNextServer({ root, port, env: { ...process.env, ...env }, stdio: 'pipe' })
  const logStream = createWriteStream(logFile, { flags: 'a' })
  server.stdout?.pipe(logStream)
  server.stderr?.pipe(logStream)
  const url = `http://127.0.0.1:${port}`
  if (!(await waitForHttp(`${url}/api/ready`, 60_000))) {
    throw new Error(`The app at ${url} did not report ready within 60 s; see ${logFile}`)
  }
  return { process: server, pid: server.pid!, url, logFile }
}

/** SIGTERM, then SIGKILL for whatever still runs after 10 s. */
export async function stopProcesses(pids: number[]) {
  const isAlive = (pid: number) => {
    try {
      process.kill(pid, 0)
      return true
    } catch {
      return false
    }
  }
  for (const pid of pids.filter(isAlive)) process.kill(pid, 'SIGTERM')
  const deadline = Date.now() + 10_000
  while (pids.some(isAlive) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  for (const pid of pids.filter(isAlive)) process.kill(pid, 'SIGKILL')
}
