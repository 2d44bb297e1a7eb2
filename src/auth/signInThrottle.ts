import {
  APIError,
  AuthenticationError,
  LockedAuth,
  type AfterErrorHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
} from 'payload'

import { limiterFor, requestAddress } from '@/api/rateLimit'
import { getEnv } from '@/env'

/**
 * Guessing passwords or flooding someone's inbox with reset mails is limited twice: per address
 * and per account. Failed sign-ins and password-reset requests count; a successful sign-in does
 * not, so people behind one office address are not locked out by their colleagues' logins.
 * Payload's own lockout (`maxLoginAttempts`) still locks the account itself.
 */

export class SignInRateLimited extends APIError {
  constructor(readonly retryAfterSeconds: number) {
    super(
      `Zu viele Anmeldeversuche; bitte in ${retryAfterSeconds} s erneut versuchen. ` +
        `Too many sign-in attempts; try again in ${retryAfterSeconds} s.`,
      429,
      null,
      true,
    )
  }
}

type Attempt = { address: string; account: string | null }

const ATTEMPT_CONTEXT_KEY = 'signInAttempt'

function limiters(req: PayloadRequest) {
  const env = getEnv()
  const window = env.AUTH_RATE_LIMIT_WINDOW_SECONDS
  return {
    address: limiterFor(req.payload, env.AUTH_RATE_LIMIT_PER_ADDRESS, window, 'sign-in-address'),
    account: limiterFor(req.payload, env.AUTH_RATE_LIMIT_PER_ACCOUNT, window, 'sign-in-account'),
    limits: { address: env.AUTH_RATE_LIMIT_PER_ADDRESS, account: env.AUTH_RATE_LIMIT_PER_ACCOUNT },
  }
}

function keysOf({ address, account }: Attempt) {
  return { address: `address:${address}`, account: account && `account:${account}` }
}

/** Refuses the attempt while the address or the account has used up its quota. */
async function refuseWhenExhausted(req: PayloadRequest, attempt: Attempt) {
  const { address, account, limits } = limiters(req)
  const keys = keysOf(attempt)
  const states = await Promise.all([
    address.get(keys.address).then((state) => ({ state, limit: limits.address })),
    keys.account
      ? account.get(keys.account).then((state) => ({ state, limit: limits.account }))
      : { state: null, limit: limits.account },
  ])
  const exhausted = states.filter(({ state, limit }) => state && state.consumedPoints >= limit)
  if (exhausted.length === 0) return
  const waitMs = Math.max(...exhausted.map(({ state }) => state?.msBeforeNext ?? 0))
  throw new SignInRateLimited(Math.max(1, Math.ceil(waitMs / 1000)))
}

async function count(req: PayloadRequest, attempt: Attempt) {
  const { address, account } = limiters(req)
  const keys = keysOf(attempt)
  await Promise.all([
    address.penalty(keys.address, 1),
    keys.account ? account.penalty(keys.account, 1) : undefined,
  ])
}

function accountOf(data: unknown): string | null {
  const email = (data as { email?: unknown } | undefined)?.email
  return typeof email === 'string' && email.trim() ? email.trim().toLowerCase() : null
}

/**
 * Users `beforeOperation`: on sign-in and password reset, over the quota is a 429. A reset
 * request counts at once (each sends a mail); a sign-in counts only when it fails (see
 * `signInFailureAnswer`). The Local API (scripts, seed) is not throttled.
 */
export const throttleSignIn: CollectionBeforeOperationHook<'users'> = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'login' && operation !== 'forgotPassword') return args
  if (req.payloadAPI === 'local') return args
  const attempt: Attempt = {
    address: requestAddress(req),
    account: accountOf((args as { data?: unknown }).data),
  }
  await refuseWhenExhausted(req, attempt)
  if (operation === 'forgotPassword') await count(req, attempt)
  else req.context[ATTEMPT_CONTEXT_KEY] = attempt
  return args
}

/**
 * After a failed sign-in: counts it, and answers a locked account exactly like a wrong password
 * (Payload says "This user is locked", which tells an attacker the address has an account).
 * A 429 carries `Retry-After` and is problem+json like the rest of the API's refusals. Works for
 * REST (`result`) and GraphQL `loginUser`/`forgotPasswordUser` (`graphqlResult`).
 */
export const signInFailureAnswer: AfterErrorHook = async ({ error, graphqlResult, req }) => {
  const cause = (error as { originalError?: unknown }).originalError ?? error
  if (cause instanceof SignInRateLimited) {
    const retryAfter = String(cause.retryAfterSeconds)
    if (graphqlResult) {
      req.responseHeaders = new Headers({ 'Retry-After': retryAfter })
      return
    }
    req.responseHeaders = new Headers({
      'Content-Type': 'application/problem+json',
      'Retry-After': retryAfter,
    })
    return {
      status: 429,
      response: {
        type: 'about:blank',
        title: 'Too many requests',
        status: 429,
        detail: cause.message,
        errors: [{ message: cause.message }],
      },
    }
  }
  const attempt = req.context[ATTEMPT_CONTEXT_KEY] as Attempt | undefined
  if (!attempt || !(cause instanceof AuthenticationError || cause instanceof LockedAuth)) return
  delete req.context[ATTEMPT_CONTEXT_KEY]
  await count(req, attempt)
  if (!(cause instanceof LockedAuth)) return
  const wrongPassword = new AuthenticationError(req.t)
  if (graphqlResult) {
    return {
      graphqlResult: {
        ...graphqlResult,
        message: wrongPassword.message,
        extensions: {
          ...graphqlResult.extensions,
          name: wrongPassword.name,
          statusCode: wrongPassword.status,
        },
      },
    }
  }
  return {
    status: wrongPassword.status,
    response: { errors: [{ message: wrongPassword.message }] },
  }
}
