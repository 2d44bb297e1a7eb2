import type { Payload, PayloadRequest } from 'payload'
import {
  RateLimiterMemory,
  RateLimiterMongo,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible'

import { getEnv } from '@/env'
import type { User } from '@/payload-types'

import { clientAddress, PEER_HEADER } from './clientAddress'
import { problemResponse } from './problem'

// One limiter per quota. In memory, each app process counts on its own; with
// API_RATE_LIMIT_STORE=database the counters live in the app's database, shared by all instances.
const limiters = new Map<string, RateLimiterAbstract>()

// Counters shared through the database; a plain collection Payload does not manage.
const DATABASE_COLLECTION = 'rate-limits'

function limiterFor(payload: Payload, points: number, windowSeconds: number) {
  const id = `${points}/${windowSeconds}`
  let limiter = limiters.get(id)
  if (!limiter) {
    const options = { points, duration: windowSeconds, keyPrefix: id }
    const database = payload.db.connection?.db
    limiter =
      getEnv().API_RATE_LIMIT_STORE === 'database' && database
        ? new RateLimiterMongo({
            ...options,
            storeClient: database,
            tableName: DATABASE_COLLECTION,
            // While the database is unreachable, count in memory rather than refuse every call.
            insuranceLimiter: new RateLimiterMemory(options),
          })
        : new RateLimiterMemory(options)
    limiters.set(id, limiter)
  }
  return limiter
}

/**
 * The client a request counts against: the account behind a key or login, else the address
 * (`X-Forwarded-For` only as far as TRUSTED_PROXIES vouch for it; see clientAddress).
 */
function clientOf(req: PayloadRequest): { key: string; points: number } {
  const env = getEnv()
  const user = req.user as (User & { collection?: string }) | null
  if (user) {
    return { key: `user:${user.id}`, points: user.apiRateLimit ?? env.API_RATE_LIMIT_PARTNER }
  }
  const address = clientAddress({
    peer: req.headers.get(PEER_HEADER),
    forwardedFor: req.headers.get('x-forwarded-for'),
    trusted: env.TRUSTED_PROXIES,
  })
  // Without the peer (a server started without src/services/peerAddressHeader.cjs) all
  // anonymous clients share one quota: stricter, never a bypass.
  return { key: `address:${address ?? 'unknown'}`, points: env.API_RATE_LIMIT_ANONYMOUS }
}

/** `RateLimit` and `RateLimit-Policy` as in the IETF httpapi draft (the form clients parse). */
function rateLimitHeaders(points: number, windowSeconds: number, state: RateLimiterRes) {
  const reset = Math.ceil(state.msBeforeNext / 1000)
  return {
    'RateLimit-Policy': `${points};w=${windowSeconds}`,
    RateLimit: `limit=${points}, remaining=${Math.max(0, state.remainingPoints)}, reset=${reset}`,
  }
}

/**
 * Counts the request; over the limit, answers 429 with `Retry-After`. Every answer carries the
 * client's remaining quota.
 */
export async function withRateLimit(
  req: PayloadRequest,
  handle: () => Promise<Response>,
): Promise<Response> {
  const windowSeconds = getEnv().API_RATE_LIMIT_WINDOW_SECONDS
  const { key, points } = clientOf(req)
  let state: RateLimiterRes
  try {
    state = await limiterFor(req.payload, points, windowSeconds).consume(key)
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection
    const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000))
    return problemResponse(
      {
        title: 'Too many requests',
        status: 429,
        detail: `At most ${points} requests per ${windowSeconds} s; try again in ${retryAfter} s.`,
      },
      { 'Retry-After': String(retryAfter), ...rateLimitHeaders(points, windowSeconds, rejection) },
    )
  }
  const response = await handle()
  for (const [name, value] of Object.entries(rateLimitHeaders(points, windowSeconds, state))) {
    response.headers.set(name, value)
  }
  return response
}
