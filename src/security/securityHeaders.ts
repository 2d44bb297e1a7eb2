/**
 * Response headers of every page, admin view and API answer (set by src/proxy.ts, and by
 * src/api/apiRouteOutsideProxy.ts for the one route the proxy skips). Framing is
 * allowed from the same origin only: the admin's live preview shows the site in an iframe.
 */
const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'SAMEORIGIN',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
} as const

/** Gives an answer the headers above and its Content-Security-Policy. */
export function setSecurityHeaders(headers: Headers, policy: string) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) headers.set(name, value)
  headers.set('Content-Security-Policy', policy)
}

// Payload's code editor (JSON fields, e.g. a webhook delivery's payload) loads Monaco's styles
// and font from jsDelivr; its scripts come in through 'strict-dynamic'.
const MONACO = 'https://cdn.jsdelivr.net'

/**
 * The policy of pages and the admin. Scripts: only those carrying this response's nonce (Next.js
 * puts it on its own scripts when it finds it in the request's policy) and what they load
 * ('strict-dynamic'), as the Next.js guide for the App Router describes. Pages served from the
 * full-route cache get the nonce of their request too (src/site/pageCacheHandler.mjs). Styles: inline ones too, which the admin and
 * Next.js's style injection use, and a nonce would switch 'unsafe-inline' off.
 */
export function pagePolicy({
  nonce,
  admin,
  https,
}: {
  nonce: string
  admin: boolean
  https: boolean
}): string {
  const extra = admin ? ` ${MONACO}` : ''
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    `style-src 'self' 'unsafe-inline'${extra}`,
    "img-src 'self' data: blob:",
    `font-src 'self' data:${extra}`,
    "connect-src 'self'",
    "media-src 'self'",
    "frame-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ')
}

/**
 * The policy of API answers: JSON runs nothing; the HTML API documentation has inline styles.
 * Media files keep only the framing rule, so that browsers' PDF viewers open them.
 */
export function apiPolicy(pathname: string): string {
  if (pathname.startsWith('/api/media/file/')) return "frame-ancestors 'self'"
  return "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'self'; base-uri 'none'; form-action 'none'"
}

/** A fresh nonce for each response (128 random bits, base64). */
export const newNonce = () =>
  Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64')
