import { isObject } from '@/domain/isObject'

import { problemResponse } from './problem'
import { unparseableQuery } from './unparseableQuery'

const ACCEPTED = 'application/json, multipart/form-data'

const hasBody = (request: Request) =>
  Number(request.headers.get('content-length') ?? 0) > 0 || request.headers.has('transfer-encoding')

const describe = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'a list' : `a ${typeof value}`

/**
 * Payload reads a write's body only when it is JSON or multipart; any other body (text/plain, a
 * form) left it without data and its handlers failed with a 500, as did JSON that is not an object
 * (`null`, `1`). Such a request is answered here: 415 naming the accepted types, or 400.
 */
export async function requestBodyProblem(request: Request): Promise<Response | null> {
  if (!hasBody(request)) return null
  const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()
  if (type === 'multipart/form-data') return null
  // Payload's own admin sends list queries as a form with this header (`handleEndpoints`).
  const overridden = /^get$/i.test(
    request.headers.get('x-payload-http-method-override') ??
      request.headers.get('x-http-method-override') ??
      '',
  )
  if (type === 'application/x-www-form-urlencoded' && overridden) {
    // Payload appends this form to the address as the query, so it is checked like one.
    return unparseableQuery(new URLSearchParams(await request.clone().text()))
  }
  if (type !== 'application/json') {
    return problemResponse(
      {
        title: 'Unsupported media type',
        status: 415,
        detail: `The body is ${type ? `"${type}"` : 'of no declared type'}; send the document as application/json (uploads as multipart/form-data).`,
      },
      { [request.method === 'PATCH' ? 'Accept-Patch' : 'Accept-Post']: ACCEPTED },
    )
  }
  let data: unknown
  try {
    data = JSON.parse(await request.clone().text())
  } catch {
    // Payload answers malformed JSON itself (400 "Invalid JSON").
    return null
  }
  if (isObject(data) && !Array.isArray(data)) return null
  return problemResponse({
    title: 'Invalid request body',
    status: 400,
    detail: `The body is ${describe(data)}; send a JSON object with the document's fields, e.g. {"title": "…"}.`,
  })
}
