import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { loadOrCreateLocalSecrets } from '../../src/services/localSecrets'
import { projectPaths } from '../../src/services/paths'
import { findFreePort } from '../../src/services/ports'
import { readSupervisorStatus, supervisorStatusFile } from '../../src/services/supervisorStatus'
import { randomSecret } from '../../src/services/throwawayStack'

import { keepLogsForTheGate } from './faultStack'

/**
 * A real `npm start` (scripts/start.ts) on free ports with a throw-away data folder: embedded
 * FerretDB and Meilisearch, the jobs worker and the production Next.js server, supervised.
 */
export async function startNpmStart() {
  const { root } = projectPaths()
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wissenshub-npm-start-'))
  const port = await findFreePort()
  const password = randomSecret()
  const meiliPort = await findFreePort()
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    WISSENSHUB_DATA_DIR: dataDir,
    PORT: String(port),
    DATABASE_PORT: String(await findFreePort()),
    MEILI_PORT: String(meiliPort),
    ADMIN_PASSWORD: password,
  }
  for (const name of ['DATABASE_URI', 'MEILI_HOST', 'MEILI_MASTER_KEY', 'PAYLOAD_SECRET']) {
    delete env[name]
  }
  const outputFile = path.join(dataDir, 'npm-start.log')
  const output = fs.openSync(outputFile, 'a')
  const start = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    cwd: root,
    env,
    stdio: ['ignore', output, output],
  })
  fs.closeSync(output)
  const exited = new Promise<number | null>((resolve) => start.once('exit', resolve))
  const statusFile = supervisorStatusFile(dataDir)
  return {
    appUrl: `http://127.0.0.1:${port}`,
    dataDir,
    databaseUri: `mongodb://127.0.0.1:${env.DATABASE_PORT}/wissenshub`,
    meiliHost: `http://127.0.0.1:${meiliPort}`,
    admin: { email: 'admin@wissenshub.local', password },
    process: start,
    exited,
    output: () => fs.readFileSync(outputFile, 'utf8'),
    /** The supervised process of that name, as `npm start` reports it. */
    supervised: (name: string) =>
      readSupervisorStatus(statusFile)?.processes.find((proc) => proc.name === name),
    meiliMasterKey: () => loadOrCreateLocalSecrets(dataDir).meiliMasterKey,
    /** SIGKILL for whatever still runs, its log kept for the run's log gate, the data removed. */
    cleanUp: () => {
      if (start.exitCode === null) start.kill('SIGKILL')
      for (const proc of readSupervisorStatus(statusFile)?.processes ?? []) {
        if (proc.pid) {
          try {
            process.kill(proc.pid, 'SIGKILL')
          } catch {
            // already gone
          }
        }
      }
      keepLogsForTheGate(dataDir)
      if (!process.env.KEEP_TEST_DATA) fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

export type NpmStart = Awaited<ReturnType<typeof startNpmStart>>
