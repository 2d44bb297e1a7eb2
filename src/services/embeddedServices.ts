import net from 'node:net'
import path from 'node:path'

import { ensureFerretdbBinary, startFerretdb } from './ferretdb'
import { loadOrCreateLocalSecrets } from './localSecrets'
import { meilisearchBinaryPath, startMeilisearch } from './meilisearch'
import { supervise, type Supervised, type SupervisedStatus } from './supervisor'

export type RunningServices = {
  /** Variables for the app: DATABASE_URI, MEILI_HOST, … whether embedded or external. */
  env: Record<string, string>
  /** Restarted whenever they end unexpectedly, until `stop()`. */
  embedded: Supervised[]
  stop: () => Promise<void>
}

type StartServicesArgs = {
  dataDir: string
  toolsDir: string
  env?: NodeJS.ProcessEnv
  log?: (line: string) => void
  /** Told whenever an embedded service ends, is restarted or is marked failed. */
  onChange?: (status: SupervisedStatus) => void
}

function portFrom(env: NodeJS.ProcessEnv, name: string, fallback: number) {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const port = Number(raw)
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`${name}=${raw} is not a port number (1–65535).`)
  }
  return port
}

/**
 * Where the embedded services of `npm start` answer, for a process that joins them (the jobs
 * worker) without starting them: only the variables the environment does not set already.
 */
export function embeddedServicesEnv(
  dataDir: string,
  env: NodeJS.ProcessEnv = process.env,
): Record<string, string> {
  const joined: Record<string, string> = {}
  const needsSecrets = !env.DATABASE_URI || !env.MEILI_HOST || !env.PAYLOAD_SECRET
  const secrets = needsSecrets ? loadOrCreateLocalSecrets(dataDir) : undefined
  if (!env.DATABASE_URI) {
    joined.DATABASE_URI = `mongodb://127.0.0.1:${portFrom(env, 'DATABASE_PORT', 27018)}/wissenshub`
    joined.DATABASE_FLAVOUR = 'ferretdb'
  }
  if (!env.MEILI_HOST) {
    joined.MEILI_HOST = `http://127.0.0.1:${portFrom(env, 'MEILI_PORT', 7701)}`
    joined.MEILI_MASTER_KEY = env.MEILI_MASTER_KEY || secrets!.meiliMasterKey
  }
  if (!env.PAYLOAD_SECRET && env.APP_ENV !== 'production') {
    joined.PAYLOAD_SECRET = secrets!.payloadSecret
  }
  return joined
}

/**
 * Starts FerretDB and Meilisearch from `.data/` unless `DATABASE_URI` / `MEILI_HOST` point at
 * servers that already run; then it starts nothing for that service. Each embedded service is
 * supervised: restarted on the same port and data when it ends unexpectedly.
 */
export async function startServices({
  dataDir,
  toolsDir,
  env = process.env,
  log = console.log,
  onChange,
}: StartServicesArgs): Promise<RunningServices> {
  const appEnv: Record<string, string> = {}
  const embedded: Supervised[] = []
  const stop = async () => {
    await Promise.all(embedded.map((proc) => proc.stop()))
  }

  try {
    const usesEmbedded = !env.DATABASE_URI || !env.MEILI_HOST
    const secrets = usesEmbedded ? loadOrCreateLocalSecrets(dataDir) : undefined
    if (!env.PAYLOAD_SECRET && secrets && env.APP_ENV !== 'production') {
      appEnv.PAYLOAD_SECRET = secrets.payloadSecret
    }

    if (env.DATABASE_URI) {
      log('Database: external (DATABASE_URI)')
    } else {
      const settings = {
        binary: ensureFerretdbBinary(toolsDir, log),
        dataDir: path.join(dataDir, 'ferretdb'),
        port: portFrom(env, 'DATABASE_PORT', 27018),
        database: 'wissenshub',
      }
      let uri = ''
      const start = async () => {
        const ferretdb = await startFerretdb(settings)
        uri = ferretdb.uri
        return ferretdb
      }
      embedded.push(await supervise({ name: 'FerretDB', start, log, onChange }))
      appEnv.DATABASE_URI = uri
      appEnv.DATABASE_FLAVOUR = 'ferretdb'
      log(`Database: embedded FerretDB at ${uri}`)
    }

    if (env.MEILI_HOST) {
      if (!env.MEILI_MASTER_KEY) {
        throw new Error(
          'MEILI_HOST is set but MEILI_MASTER_KEY is not; set both, or neither for the embedded Meilisearch.',
        )
      }
      log(`Search: external Meilisearch at ${env.MEILI_HOST}`)
    } else {
      const masterKey = env.MEILI_MASTER_KEY || secrets!.meiliMasterKey
      const settings = {
        binary: meilisearchBinaryPath(),
        dataDir: path.join(dataDir, 'meilisearch'),
        port: portFrom(env, 'MEILI_PORT', 7701),
        masterKey,
      }
      let host = ''
      const start = async () => {
        const meilisearch = await startMeilisearch(settings)
        host = meilisearch.host
        return meilisearch
      }
      embedded.push(await supervise({ name: 'Meilisearch', start, log, onChange }))
      appEnv.MEILI_HOST = host
      appEnv.MEILI_MASTER_KEY = masterKey
      log(`Search: embedded Meilisearch at ${host}`)
    }
  } catch (error) {
    await stop()
    throw error
  }

  return { env: appEnv, embedded, stop }
}

function acceptsConnections(uri: string): Promise<boolean> {
  const { hostname, port } = new URL(uri)
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port) || 27017 })
    socket.setTimeout(1000)
    const settle = (open: boolean) => {
      socket.destroy()
      resolve(open)
    }
    socket.once('connect', () => settle(true))
    socket.once('error', () => settle(false))
    socket.once('timeout', () => settle(false))
  })
}

/**
 * For scripts (backup, restore, seed, reindex, reconcile): join the embedded services when
 * `npm start` already runs them, otherwise start them for the script's duration. External
 * services (DATABASE_URI, MEILI_HOST) are used as they are either way.
 */
export async function joinOrStartServices(args: StartServicesArgs): Promise<RunningServices> {
  const env = args.env ?? process.env
  const joined = embeddedServicesEnv(args.dataDir, env)
  const databaseUp = joined.DATABASE_URI ? await acceptsConnections(joined.DATABASE_URI) : true
  const searchUp = joined.MEILI_HOST
    ? await fetch(`${joined.MEILI_HOST}/health`)
        .then((response) => response.ok)
        .catch(() => false)
    : true
  if (databaseUp && searchUp) return { env: joined, embedded: [], stop: async () => undefined }
  return startServices(args)
}
