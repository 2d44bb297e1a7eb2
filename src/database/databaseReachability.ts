import type { MongooseAdapter } from '@payloadcms/db-mongodb'

type Connection = MongooseAdapter['connection']

/** Seconds a client should wait before retrying while the database is unreachable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5

// One flag per process under a registry symbol: the Next.js proxy is bundled apart from the
// routes that own the connection, but runs in the same process and sees the same global.
const REACHABLE = Symbol.for('wissenshub.databaseReachable')
type WithFlag = typeof globalThis & { [REACHABLE]?: boolean }

/** Follows the connection's state: the driver notices a lost server at once, a return within a heartbeat. */
export function trackDatabaseReachability(connection: Connection) {
  const set = (reachable: boolean) => {
    ;(globalThis as WithFlag)[REACHABLE] = reachable
  }
  set(connection.readyState === 1)
  connection.on('connected', () => set(true))
  connection.on('reconnected', () => set(true))
  connection.on('disconnected', () => set(false))
}

/** True only while the connection is known to be lost (unknown counts as reachable). */
export function databaseKnownUnreachable(): boolean {
  return (globalThis as WithFlag)[REACHABLE] === false
}
