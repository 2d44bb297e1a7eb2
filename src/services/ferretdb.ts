import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { MongoClient } from 'mongodb'

import { lockDataDir } from './dataDirLock'
import { startManagedProcess, type ManagedProcess } from './managedProcess'
import { assertPortFree } from './ports'

export const FERRETDB_MODULE = 'github.com/FerretDB/FerretDB'
export const FERRETDB_VERSION = 'v1.24.2'

/**
 * FerretDB's SQLite backend indexes `_id` as `_ferretdb_sjson->"_id"` but reads, updates and
 * deletes by `_ferretdb_sjson->'$._id'`: the same value, but not the indexed expression, so SQLite
 * never uses the index and every by-id statement scans the table (measured: 30 ms in SQLite alone
 * for 5,000 documents of 3 KB, growing with the collection). The patch makes the lookups use the
 * index's own expression; existing data files keep working (the index is the same).
 */
const ID_LOOKUP_PATCH = {
  file: path.join('internal', 'backends', 'sqlite', 'metadata', 'metadata.go'),
  from: `IDColumn = DefaultColumn + "->'$._id'"`,
  to: 'IDColumn = DefaultColumn + "->\\"_id\\""',
}

export function ferretdbBinaryPath(toolsDir: string) {
  return path.join(toolsDir, `ferretdb-${FERRETDB_VERSION}-indexed-id`, 'ferretdb')
}

function patchIdLookup(sourceDir: string) {
  const file = path.join(sourceDir, ID_LOOKUP_PATCH.file)
  const source = fs.readFileSync(file, 'utf8')
  if (!source.includes(ID_LOOKUP_PATCH.from)) {
    throw new Error(
      `FerretDB source changed: ${ID_LOOKUP_PATCH.file} has no ${ID_LOOKUP_PATCH.from}`,
    )
  }
  fs.writeFileSync(file, source.replace(ID_LOOKUP_PATCH.from, ID_LOOKUP_PATCH.to))
}

function run(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv }) {
  return execFileSync(command, args, {
    ...options,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  })
}

/**
 * Builds the official `cmd/ferretdb` of FerretDB v1.24.2 from the Go module proxy, once.
 *
 * A plain `go install …/cmd/ferretdb@v1.24.2` produces a binary that panics at start: the module
 * archive lacks the generated `build/version/version.txt` that release builds embed. So the module
 * is downloaded into Go's cache, copied, given that file and the by-id lookup patch above, and
 * built.
 */
export function ensureFerretdbBinary(toolsDir: string, log: (line: string) => void = console.log) {
  const binary = ferretdbBinaryPath(toolsDir)
  if (fs.existsSync(binary)) return binary

  try {
    run('go', ['version'], {})
  } catch {
    throw new Error(
      'Go is needed once to build the embedded database (FerretDB) and was not found on PATH. ' +
        'Install Go ≥ 1.22 (https://go.dev/dl/, or `apt-get install golang`), or set DATABASE_URI ' +
        'to an existing MongoDB.',
    )
  }

  log(`Building FerretDB ${FERRETDB_VERSION} (one time, ~2 minutes)…`)
  const env = { ...process.env, CGO_ENABLED: '0', GOFLAGS: '-mod=mod', GOTOOLCHAIN: 'local' }
  const download = JSON.parse(
    run('go', ['mod', 'download', '-json', `${FERRETDB_MODULE}@${FERRETDB_VERSION}`], { env }),
  ) as { Dir?: string; Error?: string }
  if (!download.Dir)
    throw new Error(`Could not download FerretDB: ${download.Error ?? 'unknown error'}`)

  const sourceDir = path.join(toolsDir, 'src', `ferretdb-${FERRETDB_VERSION}`)
  fs.rmSync(sourceDir, { recursive: true, force: true })
  fs.mkdirSync(path.dirname(sourceDir), { recursive: true })
  fs.cpSync(download.Dir, sourceDir, { recursive: true })
  execFileSync('chmod', ['-R', 'u+w', sourceDir])
  fs.writeFileSync(path.join(sourceDir, 'build', 'version', 'version.txt'), `${FERRETDB_VERSION}\n`)
  patchIdLookup(sourceDir)

  const partial = `${binary}.partial`
  fs.mkdirSync(path.dirname(binary), { recursive: true })
  run('go', ['build', '-buildvcs=false', '-trimpath', '-o', partial, './cmd/ferretdb'], {
    cwd: sourceDir,
    env,
  })
  fs.renameSync(partial, binary)
  fs.rmSync(sourceDir, { recursive: true, force: true })
  log(`FerretDB built: ${binary}`)
  return binary
}

export async function pingMongo(uri: string): Promise<boolean> {
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 1000, connectTimeoutMS: 1000 })
  try {
    await client.connect()
    await client.db('admin').command({ ping: 1 })
    return true
  } finally {
    await client.close().catch(() => undefined)
  }
}

export type StartFerretdbArgs = { binary: string; dataDir: string; port: number; database: string }

export async function startFerretdb({
  binary,
  dataDir,
  port,
  database,
}: StartFerretdbArgs): Promise<ManagedProcess & { uri: string }> {
  await assertPortFree(port, 'the embedded database (FerretDB)', 'DATABASE_PORT')
  const lock = lockDataDir(dataDir, 'FerretDB')
  const uri = `mongodb://127.0.0.1:${port}/${database}`
  fs.mkdirSync(path.join(dataDir, 'sqlite'), { recursive: true })
  try {
    const proc = await startManagedProcess({
      name: 'FerretDB',
      command: binary,
      args: [
        '--handler=sqlite',
        `--sqlite-url=file:${path.join(dataDir, 'sqlite')}/`,
        `--listen-addr=127.0.0.1:${port}`,
        `--state-dir=${dataDir}`,
        '--debug-addr=-',
        '--telemetry=disable',
        '--log-level=error',
      ],
      logFile: path.join(dataDir, 'ferretdb.log'),
      isReady: () => pingMongo(uri),
      timeoutMs: 30_000,
    })
    proc.exited.then(lock.release)
    return { ...proc, uri }
  } catch (error) {
    lock.release()
    throw error
  }
}
