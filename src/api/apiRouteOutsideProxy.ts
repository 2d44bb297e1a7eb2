import config from '@payload-config'
import { getPayload, headersWithCors, type Payload } from 'payload'

import { currentRequestId } from '@/observability/requestContext'
import { REQUEST_ID_HEADER } from '@/observability/requestId'
import { withRequestId } from '@/observability/withRequestId'
import { apiPolicy, setSecurityHeaders } from '@/security/securityHeaders'

import { problemResponse } from './problem'

type ReadHandler = (request: Request, payload: Payload) => Promise<Response>

const ALLOW = 'GET, HEAD, OPTIONS'

/**
 * A read-only API route that src/proxy.ts skips (its matcher), for throughput: behind the proxy,
 * as a Payload endpoint, the app server answered about 30 % fewer cached searches a second under
 * 16 clients gzipped, and half as many uncompressed (README, "Search benchmark"). Each answer
 * gets what the proxy and Payload's REST handler give the rest of the API: the security headers,
 * the request id (the caller's valid `X-Request-Id` or a new one, on every line logged meanwhile
 * and on the answer), CORS for the origins entered on partner accounts, and for a method the
 * route does not take a 405 problem with `Allow`. Next.js answers HEAD with GET's headers.
 */
export function apiRouteOutsideProxy(pathname: string, read: ReadHandler) {
  const handle = (answer: ReadHandler) =>
    withRequestId(async (request: Request) => {
      const payload = await getPayload({ config })
      const response = await answer(request, payload)
      headersWithCors({ headers: response.headers, req: { payload, headers: request.headers } })
      setSecurityHeaders(response.headers, apiPolicy(pathname))
      response.headers.set(REQUEST_ID_HEADER, currentRequestId()!)
      return response
    })
  const notAllowed = handle(async (request) =>
    problemResponse(
      {
        title: 'Method not allowed',
        status: 405,
        detail: `${pathname} answers ${ALLOW}, not ${request.method}.`,
      },
      { Allow: ALLOW },
    ),
  )
  return {
    GET: handle(read),
    // A CORS preflight, answered with the CORS headers Payload gives the rest of the API.
    OPTIONS: handle(async () => new Response(null, { status: 204, headers: { Allow: ALLOW } })),
    POST: notAllowed,
    PUT: notAllowed,
    PATCH: notAllowed,
    DELETE: notAllowed,
  }
}
