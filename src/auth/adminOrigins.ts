const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]']

/**
 * The origins whose requests may carry the admin's session cookie: Payload's CSRF allow-list.
 * `SERVER_URL` first; when it is a loopback address (`npm start` on a laptop or a small server),
 * the same port on every loopback name, because people type `127.0.0.1` as often as `localhost`;
 * and any `ADMIN_ORIGINS` an operator adds (e.g. the address on the office network).
 */
export function adminOrigins(env: { SERVER_URL?: string; ADMIN_ORIGINS?: string }): string[] {
  const server = new URL(env.SERVER_URL || 'http://localhost:3000')
  const origins = [server.origin]
  if (LOOPBACK_HOSTS.includes(server.hostname)) {
    for (const host of LOOPBACK_HOSTS) {
      origins.push(`${server.protocol}//${host}${server.port ? `:${server.port}` : ''}`)
    }
  }
  for (const extra of (env.ADMIN_ORIGINS ?? '').split(',')) {
    if (extra.trim()) origins.push(new URL(extra.trim()).origin)
  }
  return [...new Set(origins)]
}

/**
 * Why a signed-in browser request is refused, or undefined when it is not: Payload silently
 * drops the session cookie of a request from an origin outside the allow-list, and the person
 * then reads "no permission" without learning that the address is the cause.
 */
export function foreignOriginProblem(
  origin: string | null,
  hasSessionCookie: boolean,
  allowed: string[],
): string | undefined {
  if (!origin || !hasSessionCookie || allowed.includes(origin)) return undefined
  return (
    `Die Anfrage kommt von ${origin}, der Hub ist aber unter ${allowed.join(', ')} eingerichtet. ` +
    `Öffne den Hub unter einer dieser Adressen oder trage ${origin} in ADMIN_ORIGINS ein ` +
    `(The request comes from ${origin}; the hub accepts signed-in requests only from ` +
    `${allowed.join(', ')}. Open it there or add the address to ADMIN_ORIGINS.)`
  )
}
