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

const DETAIL = 'The database is not reachable; nothing was changed. Try again shortly.'

const databaseUnavailableProblem = {
  type: 'about:blank',
  title: 'Service unavailable',
  status: 503,
  detail: DETAIL,
  // Payload's own clients (the admin) read `errors[].message`.
  errors: [{ message: DETAIL }],
}

const databaseUnavailableHeaders = () =>
  new Headers({
    'Content-Type': 'application/problem+json',
    'Retry-After': String(DATABASE_RETRY_AFTER_SECONDS),
    'Cache-Control': 'no-store',
  })

/** The 503 of a route that found the database unreachable before Payload's handler ran. */
export function databaseUnavailableResponse(): Response {
  return Response.json(databaseUnavailableProblem, {
    status: 503,
    headers: databaseUnavailableHeaders(),
  })
}

/**
 * REST, GraphQL-free endpoints (API v1, search, health) and the admin API answer a database
 * outage with 503 `application/problem+json` and `Retry-After` instead of 500.
 *
 * Payload's JWT and API-key strategies swallow errors, so during an outage a logged-in editor's
 * request arrives as anonymous and is refused with 403/401: that is a 503 too while the
 * connection is down, or the editor would be told they lack a permission they have. A request
 * with an `Authorization` header that arrives as anonymous is one too, whatever the connection's
 * state says: the route checked its credentials a moment before (src/api/rejectInvalidCredentials),
 * so only a failed lookup can have lost its user.
 */
export const databaseUnavailableAfterError: AfterErrorHook = ({ error, req }) => {
  const refused = error instanceof Forbidden || error instanceof UnauthorizedError
  const checkedCredentialsLost = !req.user && req.headers.has('authorization')
  const unreachable =
    isDatabaseUnreachableError(error) ||
    (refused && (checkedCredentialsLost || !databaseConnected(req.payload)))
  if (!unreachable) return
  req.responseHeaders = databaseUnavailableHeaders()
  return { status: 503, response: databaseUnavailableProblem }
}
