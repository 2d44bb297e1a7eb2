import path from 'node:path'

import { ensureFerretdbBinary, startFerretdb } from '../../src/services/ferretdb'
import { meilisearchBinaryPath, startMeilisearch } from '../../src/services/meilisearch'
import { buildIfNeeded, spawnNextServer } from '../../src/services/nextServer'
import { projectPaths } from '../../src/services/paths'
import { findFreePort } from '../../src/services/ports'
import { makeTmpDir, randomSecret, writeStack, type TestStack } from './testStack'

async function waitForHealthy(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const ok = await fetch(`${url}/api/health`)
      .then((response) => response.ok)
      .catch(() => false)
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`The app at ${url} did not report healthy within ${timeoutMs} ms`)
}

/** Real FerretDB, Meilisearch and a production Next.js server on free ports, fresh data dirs. */
export default async function globalSetup() {
  const { root, toolsDir } = projectPaths()
  const tmpDir = makeTmpDir()
  const log = (line: string) => console.log(`[test stack] ${line}`)

  const ferretdb = await startFerretdb({
    binary: ensureFerretdbBinary(toolsDir, log),
    dataDir: path.join(tmpDir, 'ferretdb'),
    port: await findFreePort(),
    database: 'wissenshub_test',
  })
  const masterKey = randomSecret()
  const meiliBinary = meilisearchBinaryPath()
  const meiliDataDir = path.join(tmpDir, 'meilisearch')
  const meiliPort = await findFreePort()
  const meilisearch = await startMeilisearch({
    binary: meiliBinary,
    dataDir: meiliDataDir,
    port: meiliPort,
    masterKey,
  })

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
  }
  const server = spawnNextServer({
    root,
    port: appPort,
    env: { ...process.env, ...appEnv },
    stdio: 'pipe',
  })
  const serverLog = path.join(tmpDir, 'next.log')
  const { createWriteStream } = await import('node:fs')
  const logStream = createWriteStream(serverLog)
  server.stdout?.pipe(logStream)
  server.stderr?.pipe(logStream)
  await waitForHealthy(appUrl, 60_000)

  const admin = { email: 'admin@test.wissenshub.local', password: randomSecret() }
  const register = await fetch(`${appUrl}/api/users/first-register`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(admin),
  })
  if (!register.ok)
    throw new Error(`first-register failed: ${register.status} ${await register.text()}`)

  const stack: TestStack = {
    root,
    tmpDir,
    appUrl,
    databaseUri: ferretdb.uri,
    meili: {
      host: meilisearch.host,
      port: meiliPort,
      masterKey,
      dataDir: meiliDataDir,
      binary: meiliBinary,
      pid: meilisearch.pid,
    },
    admin,
    appEnv,
    pids: [server.pid!, meilisearch.pid, ferretdb.pid],
  }
  writeStack(stack)
  log(
    `app ${appUrl} (log: ${serverLog}), Meilisearch ${meilisearch.host}, FerretDB ${ferretdb.uri}`,
  )
}
