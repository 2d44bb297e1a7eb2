/** The header a request id travels in, in and out (reverse proxies and tracing set it too). */
export const REQUEST_ID_HEADER = 'x-request-id'

// Room for a UUID, a W3C trace id or a proxy's own format; nothing that could forge a log line.
const ACCEPTED_REQUEST_ID = /^[A-Za-z0-9._:@/+=-]{1,128}$/

/**
 * The id this request is known by: the caller's `X-Request-Id` when it is a plain, bounded
 * token, otherwise a fresh UUID (an unusable id is replaced, never refused).
 */
export function requestIdFor(incoming: string | null): string {
  return incoming && ACCEPTED_REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID()
}
