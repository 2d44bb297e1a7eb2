import { getPayload, type Payload, type SanitizedConfig } from 'payload'

import { databaseKnownUnreachable } from '@/database/databaseReachability'

import { databaseUnavailableResponse } from './databaseUnavailable'
import { problemResponse } from './problem'

type RouteHandler<Args extends unknown[]> = (
  request: Request,
  ...args: Args
) => Promise<Response> | Response

const userOf = async (payload: Payload, headers: Headers) =>
  (await payload.auth({ headers }).catch(() => ({ user: null }))).user

/** True when the database answers a ping (within the driver's server selection timeout). */
async function databaseAnswers(payload: Payload): Promise<boolean> {
  try {
    await payload.db.connection.db?.admin().ping()
    return true
  } catch {
    return false
  }
}

/**
 * Payload treats a request whose `Authorization` it cannot use (a wrong, malformed or revoked
 * key, an expired token) as anonymous, so a partner with a broken key silently gets less and never
 * learns why. Any `Authorization` header must identify a user; otherwise the answer is 401.
 *
 * Payload's strategies also read a failed lookup as "nobody", and the connection's state can lag
 * behind (a lookup that timed out just as the database came back). So credentials are called
 * invalid only after a second lookup, made once the database has answered a ping.
 */
export function withValidCredentials<Args extends unknown[]>(
  config: Promise<SanitizedConfig>,
  handler: RouteHandler<Args>,
): RouteHandler<Args> {
  return async (request, ...args) => {
    if (request.headers.has('authorization')) {
      const payload = await getPayload({ config })
      // Without the database no key or token can be looked up: the route answers its 503.
      if (!(await userOf(payload, request.headers)) && !databaseKnownUnreachable()) {
        if (!(await databaseAnswers(payload))) return databaseUnavailableResponse()
        if (!(await userOf(payload, request.headers))) {
          return problemResponse(
            {
              title: 'Invalid credentials',
              status: 401,
              detail:
                'The Authorization header is not a valid API key or token (wrong, malformed, revoked or expired). Send "users API-Key <key>" or "JWT <token>", or no Authorization header to read as an anonymous visitor.',
            },
            { 'WWW-Authenticate': 'users API-Key, JWT' },
          )
        }
      }
    }
    return handler(request, ...args)
  }
}
