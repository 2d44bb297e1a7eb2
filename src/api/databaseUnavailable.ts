import {
  MongoNetworkError,
  MongoNotConnectedError,
  MongoServerSelectionError,
  MongoTopologyClosedError,
} from 'mongodb'
import { Forbidden, UnauthorizedError, type AfterErrorHook, type Payload } from 'payload'

import { DATABASE_RETRY_AFTER_SECONDS } from '@/database/databaseReachability'

/**
 * How long the driver looks for a reachable server before an operation fails. The driver's
 * default (30 s) kept requests hanging for 30 s during an outage and then answered 500; 5 s
 * rides out a short blip and still answers well within a client's patience.
 */
export const DATABASE_SERVER_SELECTION_TIMEOUT_MS = 5_000

const CONNECTION_ERRORS = [
  MongoServerSelectionError,
  MongoNetworkError,
  MongoNotConnectedError,
  MongoTopologyClosedError,
]

/** A driver error saying the server cannot be reached (not a bad query), also when wrapped. */
export function isDatabaseUnreachableError(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth += 1) {
    if (CONNECTION_ERRORS.some((kind) => current instanceof kind)) return true
    current = (current as { cause?: unknown }).cause
  }
  return false
}

/** Mongoose's view of the connection: `1` is connected; it drops as soon as the driver loses the server. */
function databaseConnected(payload: Payload): boolean {
  return payload.db.connection?.readyState === 1
}

/**
 * REST, GraphQL-free endpoints (API v1, search, health) and the admin API answer a database
 * outage with 503 `application/problem+json` and `Retry-After` instead of 500.
 *
 * Payload's JWT and API-key strategies swallow errors, so during an outage a logged-in editor's
 * request arrives as anonymous and is refused with 403/401: that is a 503 too while the
 * connection is down, or the editor would be told they lack a permission they have.
 */
export const databaseUnavailableAfterError: AfterErrorHook = ({ error, req }) => {
  const unreachable =
    isDatabaseUnreachableError(error) ||
    ((error instanceof Forbidden || error instanceof UnauthorizedError) &&
      !databaseConnected(req.payload))
  if (!unreachable) return
  const detail = 'The database is not reachable; nothing was changed. Try again shortly.'
  req.responseHeaders = new Headers({
    'Content-Type': 'application/problem+json',
    'Retry-After': String(DATABASE_RETRY_AFTER_SECONDS),
    'Cache-Control': 'no-store',
  })
  return {
    status: 503,
    response: {
      type: 'about:blank',
      title: 'Service unavailable',
      status: 503,
      detail,
      // Payload's own clients (the admin) read `errors[].message`.
      errors: [{ message: detail }],
    },
  }
}
