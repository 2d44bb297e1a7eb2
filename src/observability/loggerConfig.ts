import { defaultLoggerOptions, type Config } from 'payload'

import { currentRequestId } from './requestContext'

/**
 * Payload's pino logger: JSON lines in production (one object a line, for a log shipper), the
 * usual pretty output in development. Lines logged while a request is handled carry its
 * `requestId`.
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
  }
  return production ? { options } : { options, destination: defaultLoggerOptions }
}
