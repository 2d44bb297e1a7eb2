import type { LogFn, Logger } from 'pino'
import { defaultLoggerOptions, type Config } from 'payload'

import { expectedRetryOf } from './expectedRetry'
import { currentRequestId } from './requestContext'

const ERROR_LEVEL = 50

/** An error Payload answered with a 4xx: the client's mistake, not ours. */
function clientErrorOf(first: unknown): { message: string } | undefined {
  if (typeof first !== 'object' || first === null || !('err' in first)) return undefined
  // GraphQL wraps Payload's error; its status is on the original.
  const { err: logged } = first
  const err =
    typeof logged === 'object' && logged !== null && 'originalError' in logged
      ? logged.originalError
      : logged
  if (typeof err !== 'object' || err === null || !('status' in err)) return undefined
  const status = Number(err.status)
  if (status < 400 || status >= 500) return undefined
  return { message: 'message' in err ? String(err.message) : 'Client error' }
}

/**
 * Payload's pino logger: JSON lines in production (one object a line, for a log shipper), the
 * usual pretty output in development. Lines logged while a request is handled carry its
 * `requestId`.
 *
 * Payload chooses the level of a request error by its class name (`loggingLevels`: NotFound →
 * info, …), but the production build minifies class names, so a 404 would be logged as an error
 * with its stack. Errors with a 4xx status are logged at info with their message instead.
 */
export function loggerConfig({
  production,
  level,
}: {
  production: boolean
  level: string
}): NonNullable<Config['logger']> {
  const options = {
    level,
    mixin: () => {
      const requestId = currentRequestId()
      return requestId ? { requestId } : {}
    },
    hooks: {
      logMethod(this: Logger, args: Parameters<LogFn>, method: LogFn, methodLevel: number) {
        const clientError = methodLevel >= ERROR_LEVEL ? clientErrorOf(args[0]) : undefined
        if (clientError) return this.info({ msg: clientError.message })
        const retry = methodLevel >= ERROR_LEVEL ? expectedRetryOf(args[0]) : undefined
        if (retry) return this.info(retry)
        return method.apply(this, args)
      },
    },
  }
  return production ? { options } : { options, destination: defaultLoggerOptions }
}
