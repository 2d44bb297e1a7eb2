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
const SWEEP_EVERY_MS = 10 * 60_000

type Database = NonNullable<NonNullable<Payload['db']['connection']>['db']>
let countersPrepared: Promise<void> | undefined

/**
 * The counters' indexes, made here rather than by rate-limiter-flexible, which logs a failure
 * as an error: FerretDB v1 has no TTL indexes ("expireAfterSeconds is not implemented"). There,
 * expired counters are swept on a timer instead; the limiter resets an expired counter on its
 * next use either way, so the sweep only keeps the collection small.
 */
function prepareCounters(payload: Payload, database: Database): Promise<void> {
  countersPrepared ??= (async () => {
    const counters = database.collection(DATABASE_COLLECTION)
    await counters.createIndex({ key: 1 }, { unique: true })
    try {
      await counters.createIndex({ expire: -1 }, { expireAfterSeconds: 0 })
    } catch {
      const sweep = setInterval(() => {
        counters.deleteMany({ expire: { $lt: new Date() } }).catch(() => undefined)
      }, SWEEP_EVERY_MS)
      sweep.unref()
    }
  })().catch((error: unknown) => {
    countersPrepared = undefined
    payload.logger.warn(
      { err: error },
      'Rate-limit counters: indexes not created, retried on next use',
    )
  })
  return countersPrepared
}

/** The limiter for one quota; `name` keeps quotas with equal numbers apart. */
export function limiterFor(
  payload: Payload,
  points: number,
  windowSeconds: number,
  name = 'api',
): RateLimiterAbstract {
  const id = name === 'api' ? `${points}/${windowSeconds}` : `${name}:${points}/${windowSeconds}`
  let limiter = limiters.get(id)
  if (!limiter) {
    const options = { points, duration: windowSeconds, keyPrefix: id }
    const database =
      getEnv().API_RATE_LIMIT_STORE === 'database' ? payload.db.connection?.db : undefined
    if (database) void prepareCounters(payload, database)
    limiter = database
      ? new RateLimiterMongo({
          ...options,
          storeClient: database,
          tableName: DATABASE_COLLECTION,
          disableIndexesCreation: true,
          // While the database is unreachable, count in memory rather than refuse every call.
          insuranceLimiter: new RateLimiterMemory(options),
        })
      : new RateLimiterMemory(options)
    limiters.set(id, limiter)
  }
  return limiter
}

/**
 * The address a request came from: the TCP peer, or the client named in `X-Forwarded-For` as
 * far as TRUSTED_PROXIES vouch for it (see clientAddress). Without the peer (a server started
 * without src/services/peerAddressHeader.cjs) every client shares one address: stricter, never
 * a bypass.
 */
export function requestAddress(req: PayloadRequest): string {
  const address = clientAddress({
    peer: req.headers.get(PEER_HEADER),
    forwardedFor: req.headers.get('x-forwarded-for'),
    trusted: getEnv().TRUSTED_PROXIES,
  })
  return address ?? 'unknown'
}

/** The client a request counts against: the account behind a key or login, else the address. */
function clientOf(req: PayloadRequest): { key: string; points: number } {
  const env = getEnv()
  const user = req.user as (User & { collection?: string }) | null
  if (user) {
    return { key: `user:${user.id}`, points: user.apiRateLimit ?? env.API_RATE_LIMIT_PARTNER }
  }
  return { key: `address:${requestAddress(req)}`, points: env.API_RATE_LIMIT_ANONYMOUS }
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
