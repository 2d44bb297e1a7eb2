import { match } from 'path-to-regexp'
import type { Endpoint, SanitizedConfig } from 'payload'

const ORDER = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']

/** The endpoints that answer below a collection, a global or the API root, as Payload picks them. */
function endpointsFor(config: SanitizedConfig, apiPath: string) {
  const [, first, second] = apiPath.split('/')
  const global = first === 'globals' && config.globals.find((each) => each.slug === second)
  if (global)
    return { endpoints: global.endpoints, rest: apiPath.slice(`/globals/${second}`.length) }
  const collection = config.collections.find((each) => each.slug === first)
  if (collection)
    return { endpoints: collection.endpoints, rest: apiPath.slice(`/${first}`.length) }
  return { endpoints: config.endpoints, rest: apiPath }
}

const matches = (endpoint: Endpoint, path: string) => {
  try {
    return match(endpoint.path, { decode: decodeURIComponent })(path) !== false
  } catch {
    return false
  }
}

/**
 * The methods some endpoint answers at `pathname` (e.g. `/api/talks/abc`), mirroring how
 * Payload's `handleEndpoints` resolves a path; empty when no endpoint has that path at all.
 */
export function allowedMethods(config: SanitizedConfig, pathname: string): string[] {
  const base = config.routes.api
  if (!pathname.startsWith(`${base}/`)) return []
  const { endpoints, rest } = endpointsFor(config, pathname.slice(base.length))
  if (!endpoints) return []
  const methods = new Set(
    endpoints
      .filter((endpoint) => matches(endpoint, rest || '/'))
      .map((endpoint) => endpoint.method.toUpperCase()),
  )
  if (methods.size === 0) return []
  if (methods.has('GET')) methods.add('HEAD')
  methods.add('OPTIONS')
  return ORDER.filter((method) => methods.has(method))
}
