import { createHash } from 'node:crypto'

/**
 * A JSON response with a strong validator: `ETag` from the body's hash, `304 Not Modified` when
 * the client's `If-None-Match` already names it. Clients and caches revalidate cheaply.
 */
export function cachedJson(
  request: { headers: Headers },
  body: unknown,
  options: { maxAgeSeconds?: number } = {},
): Response {
  return cachedText(request, JSON.stringify(body), {
    ...options,
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  })
}

/** The same for any text body; `headers` go on the 200 (content type, disposition). */
export function cachedText(
  request: { headers: Headers },
  text: string,
  {
    maxAgeSeconds = 60,
    headers: contentHeaders = {},
  }: { maxAgeSeconds?: number; headers?: Record<string, string> } = {},
): Response {
  const etag = `"${createHash('sha256').update(text).digest('base64url').slice(0, 32)}"`
  const headers = {
    ETag: etag,
    'Cache-Control': `public, max-age=${maxAgeSeconds}`,
    Vary: 'Accept-Encoding',
  }
  const ifNoneMatch = request.headers.get('if-none-match')
  const matches = ifNoneMatch
    ?.split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === etag || tag === '*')
  if (matches) return new Response(null, { status: 304, headers })
  return new Response(text, { status: 200, headers: { ...headers, ...contentHeaders } })
}
