import type { Db } from 'mongodb'
import type { Payload } from 'payload'

/** The MongoDB database behind Payload's adapter, for reading and writing raw documents. */
export function databaseOf(payload: Payload): Db {
  const db = payload.db.connection.db
  if (!db) throw new Error('Payload is not connected to its database')
  return db
}
