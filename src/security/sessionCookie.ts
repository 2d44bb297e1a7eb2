import type { AppEnv } from '@/env'

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]'])

/**
 * The session cookie is `Secure` whenever the hub is served over https (`SERVER_URL`), so the
 * browser never sends it over plain http. Over http it cannot be: the browser would drop it.
 */
export const sessionCookieIsSecure = (env: Pick<AppEnv, 'SERVER_URL'>) =>
  new URL(env.SERVER_URL).protocol === 'https:'

/**
 * What start-up warns about: production served over plain http to anything but this machine,
 * where sessions (and everything else) travel readable on the network.
 */
export function insecureProductionWarning(
  env: Pick<AppEnv, 'SERVER_URL' | 'APP_ENV'>,
): string | undefined {
  if (env.APP_ENV !== 'production' || sessionCookieIsSecure(env)) return undefined
  if (LOOPBACK.has(new URL(env.SERVER_URL).hostname)) return undefined
  return `SERVER_URL (${env.SERVER_URL}) is plain http in production: the session cookie cannot be Secure and logins travel unencrypted. Serve the hub over https and set SERVER_URL to its https address.`
}
