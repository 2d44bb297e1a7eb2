import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

import { withRequestId } from '@/observability/withRequestId'

import { allowedMethods } from './allowedMethods'
import { problemResponse } from './problem'
import { withValidCredentials } from './rejectInvalidCredentials'
import { requestBodyProblem } from './requestBodyProblem'
import { unparseableQuery } from './unparseableQuery'

type RouteArgs = { params: Promise<{ slug: string[] }> }
type Handler = (request: Request, args: RouteArgs) => Promise<Response>

/**
 * Payload finds no endpoint for a method it does not serve at a path and answers its own 404
 * "Route not found", for HEAD too. Here that becomes 405 with `Allow` when the path exists with
 * other methods, and a 404 problem pointing at the documentation when it does not.
 */
async function unmatched(config: Promise<SanitizedConfig>, request: Request, response: Response) {
  if (response.status !== 404) return response
  const { pathname } = new URL(request.url)
  const allowed = allowedMethods(await config, pathname)
  if (allowed.includes(request.method)) return response
  await response.body?.cancel()
  if (allowed.length > 0) {
    return problemResponse(
      {
        title: 'Method not allowed',
        status: 405,
        detail: `${pathname} answers ${allowed.join(', ')}, not ${request.method}.`,
      },
      { Allow: allowed.join(', ') },
    )
  }
  return problemResponse({
    title: 'Not found',
    status: 404,
    detail: `There is no API route at ${pathname}. The partner API is documented at /api/v1/docs (OpenAPI: /api/v1/openapi.json).`,
  })
}

function wrap(config: Promise<SanitizedConfig>, handler: Handler, checkBody = false): Handler {
  const handle = withRequestId(async (request: Request, args: RouteArgs) => {
    const problem =
      unparseableQuery(new URL(request.url).searchParams) ??
      (checkBody ? await requestBodyProblem(request) : null)
    return problem ?? unmatched(config, request, await handler(request, args))
  })
  return async (request, args) => handle(request, args)
}

/**
 * Payload's REST handlers for `src/app/(payload)/api/[...slug]`, plus what they lack: HEAD
 * answered like GET without a body, 405 for a method a path does not take, and a clear 4xx for a
 * write whose body Payload cannot read.
 */
export function restRoute(config: Promise<SanitizedConfig>) {
  const get = REST_GET(config)
  const head: Handler = async (request, args) => {
    const response = await get(new Request(request, { method: 'GET' }), args)
    await response.body?.cancel()
    return new Response(null, { status: response.status, headers: response.headers })
  }
  // An Authorization header that identifies nobody is a 401 (src/api/rejectInvalidCredentials).
  const known =
    (handler: Handler): Handler =>
    async (request, args) =>
      withValidCredentials(config, handler)(request, args)
  return {
    GET: wrap(config, known(get)),
    HEAD: wrap(config, known(head)),
    POST: wrap(config, known(REST_POST(config)), true),
    PUT: wrap(config, known(REST_PUT(config)), true),
    PATCH: wrap(config, known(REST_PATCH(config)), true),
    DELETE: wrap(config, known(REST_DELETE(config))),
    OPTIONS: wrap(config, REST_OPTIONS(config)),
  }
}
