import { startMeilisearch } from '../../src/services/meilisearch'
import { stack } from './api'
import { writeStack } from './testStack'

/** Kills the test stack's Meilisearch without warning, as a crash would. */
export function killMeilisearch() {
  process.kill(stack().meili.pid, 'SIGKILL')
}

/** Starts Meilisearch again on the same port and data, and records its pid for teardown. */
export async function restartMeilisearch() {
  const current = stack()
  const proc = await startMeilisearch({
    binary: current.meili.binary,
    dataDir: current.meili.dataDir,
    port: current.meili.port,
    masterKey: current.meili.masterKey,
  })
  writeStack({
    ...current,
    meili: { ...current.meili, pid: proc.pid },
    pids: [...current.pids, proc.pid],
  })
}
