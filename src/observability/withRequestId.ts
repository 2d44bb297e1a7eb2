import { REQUEST_ID_HEADER, requestIdFor } from './requestId'
import { runWithRequestId } from './requestContext'

type RouteHandler<Args extends unknown[]> = (
  request: Request,
  ...args: Args
) => Promise<Response> | Response

/**
 * Runs a route handler inside its request's id (set by `src/proxy.ts`), so that whatever the
 * handler logs names the request.
 */
export function withRequestId<Args extends unknown[]>(
  handler: RouteHandler<Args>,
): RouteHandler<Args> {
  return (request, ...args) =>
    runWithRequestId(requestIdFor(request.headers.get(REQUEST_ID_HEADER)), () =>
      handler(request, ...args),
    )
}
