import { getPayload, type SanitizedConfig } from 'payload'

import { databaseKnownUnreachable } from '@/database/databaseReachability'

import { problemResponse } from './problem'

type RouteHandler<Args extends unknown[]> = (
  request: Request,
  ...args: Args
) => Promise<Response> | Response

/**
 * Payload treats a request whose `Authorization` it cannot use (a wrong, malformed or revoked
 * key, an expired token) as anonymous, so a partner with a broken key silently gets less and never
 * learns why. Any `Authorization` header must identify a user; otherwise the answer is 401.
 */
export function withValidCredentials<Args extends unknown[]>(
  config: Promise<SanitizedConfig>,
  handler: RouteHandler<Args>,
): RouteHandler<Args> {
  return async (request, ...args) => {
    if (request.headers.has('authorization')) {
      const payload = await getPayload({ config })
      const { user } = await payload
        .auth({ headers: request.headers })
        .catch(() => ({ user: null }))
      // Without the database no key or token can be looked up: the route answers its 503.
      if (!user && !databaseKnownUnreachable()) {
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
    return handler(request, ...args)
  }
}
