import { NextResponse, type NextRequest } from 'next/server'

import { adminOrigins, foreignOriginProblem } from './auth/adminOrigins'
import { databaseKnownUnreachable } from './database/databaseReachability'
import { databaseUnavailablePage } from './database/databaseUnavailablePage'
import { getEnv } from './env'
import { REQUEST_ID_HEADER, requestIdFor } from './observability/requestId'
import { apiPolicy, newNonce, pagePolicy, setSecurityHeaders } from './security/securityHeaders'
import { searchPagePath } from './site/search/searchPagePath'
import { sectionListPath } from './site/sections/sectionListPath'
import { MEDIA_MAX_BYTES } from './uploads/mediaFileTypes'

// Payload's session cookie (cookiePrefix "payload").
const SESSION_COOKIE = 'payload-token'
// JSON and form bodies of the API: a publication is a few hundred KB at the very most.
const BODY_LIMIT_BYTES = 1024 * 1024
// Uploads to the media library (figures, PDFs): the largest file plus room for the form fields.
const UPLOAD_LIMIT_BYTES = MEDIA_MAX_BYTES + 1024 * 1024

/**
 * Sets the security headers of every answer (src/security): a Content-Security-Policy with a
 * fresh nonce for pages and the admin, a strict one for the API, and no framing from elsewhere.
 */
export async function proxy(request: NextRequest) {
  const isPage = !isApiPath(request.nextUrl.pathname)
  const policy = isPage
    ? pagePolicy({
        nonce: newNonce(),
        admin: request.nextUrl.pathname.startsWith('/admin'),
        https: getEnv().SERVER_URL.startsWith('https:'),
      })
    : apiPolicy(request.nextUrl.pathname)
  // Next.js reads the nonce for its own scripts from the request's policy.
  const requestHeaders = new Headers(request.headers)
  if (isPage) requestHeaders.set('Content-Security-Policy', policy)
  const response = await route(request, requestHeaders)
  setSecurityHeaders(response.headers, policy)
  return response
}

const isApiPath = (pathname: string) => pathname.startsWith('/api/') || pathname === '/oai'

/**
 * Refuses addresses with a broken percent-encoding (400) and, while the database is known to be
 * down, answers page requests with 503 (src/database). On the API and OAI-PMH it also gives
 * every request an id (the caller's valid `X-Request-Id` or a new one) that the routes log and the
 * response returns, and refuses oversized request bodies before any route reads them (413,
 * RFC 9457 problem). Bodies sent without a length are bounded by Payload's own upload limits.
 */
async function route(
  request: NextRequest,
  requestHeaders: Headers,
): Promise<NextResponse | Response> {
  const requestId = requestIdFor(request.headers.get(REQUEST_ID_HEADER))
  if (!isDecodable(request.nextUrl.pathname)) {
    return NextResponse.json(
      {
        type: 'about:blank',
        title: 'Malformed address',
        status: 400,
        detail: 'The path contains a broken percent-encoding (e.g. "%E0%A4%A"); check the link.',
      },
      {
        status: 400,
        headers: { 'Content-Type': 'application/problem+json', [REQUEST_ID_HEADER]: requestId },
      },
    )
  }
  const { pathname } = request.nextUrl
  const isApi = isApiPath(pathname)
  if (isApi || pathname.startsWith('/admin')) {
    const refusal = foreignOriginProblem(
      request.headers.get('origin'),
      request.cookies.has(SESSION_COOKIE),
      adminOrigins({
        SERVER_URL: process.env.SERVER_URL,
        ADMIN_ORIGINS: process.env.ADMIN_ORIGINS,
      }),
    )
    if (refusal) {
      return NextResponse.json(
        { type: 'about:blank', title: 'Address not allowed', status: 403, detail: refusal },
        {
          status: 403,
          headers: { 'Content-Type': 'application/problem+json', [REQUEST_ID_HEADER]: requestId },
        },
      )
    }
  }
  // Pages while the database is down: a clear 503 at once instead of an error page after the
  // driver's timeout. The API answers its own 503 problem (src/api/databaseUnavailable.ts).
  if (!isApi && !pathname.startsWith('/admin') && databaseKnownUnreachable()) {
    return databaseUnavailablePage(pathname)
  }
  // Section lists and searches are rendered at a path that holds their query, so they can be
  // cached.
  const cacheablePath =
    sectionListPath(pathname, request.nextUrl.searchParams) ??
    (await searchPagePath(pathname, request.nextUrl.searchParams))
  if (cacheablePath) {
    // From the request's own URL, the address this server listens on (`skipProxyUrlNormalize`
    // in next.config.mjs): Next.js renders a rewrite in this server only when it names that
    // address, and fetches any other over HTTP, from itself.
    const target = new URL(request.url)
    target.pathname = cacheablePath
    return NextResponse.rewrite(target, { request: { headers: requestHeaders } })
  }
  // Pages and the admin: no body limit. The admin's server actions carry whole documents, so the
  // API's limit would not fit them.
  if (!isApi) return NextResponse.next({ request: { headers: requestHeaders } })
  const length = Number(request.headers.get('content-length') ?? 0)
  const isUpload = request.headers.get('content-type')?.startsWith('multipart/form-data') ?? false
  const limit = isUpload ? UPLOAD_LIMIT_BYTES : BODY_LIMIT_BYTES
  if (length <= limit) {
    requestHeaders.set(REQUEST_ID_HEADER, requestId)
    const response = NextResponse.next({ request: { headers: requestHeaders } })
    response.headers.set(REQUEST_ID_HEADER, requestId)
    return response
  }
  return NextResponse.json(
    {
      type: 'about:blank',
      title: 'Request body too large',
      status: 413,
      detail: `At most ${limit / 1024 / 1024} MB ${isUpload ? 'per upload' : 'per request body'}; this one has ${(length / 1024 / 1024).toFixed(1)} MB.`,
    },
    {
      status: 413,
      headers: { 'Content-Type': 'application/problem+json', [REQUEST_ID_HEADER]: requestId },
    },
  )
}

// Next.js answers a path it cannot decode with a bare 500 (in its router, before any page).
function isDecodable(pathname: string) {
  try {
    decodeURIComponent(pathname)
    return true
  } catch {
    return false
  }
}

export const config = {
  // Everything but Next.js's own static files (the encoding check applies to pages too) and the
  // site search, the most frequent API call, which sets the same headers itself for speed
  // (src/api/apiRouteOutsideProxy.ts).
  matcher: ['/((?!_next/static|_next/image|api/search$).*)'],
}
