import { NextResponse, type NextRequest } from 'next/server'

import { REQUEST_ID_HEADER, requestIdFor } from './observability/requestId'
import { MEDIA_MAX_BYTES } from './uploads/mediaFileTypes'

// JSON and form bodies of the API: a publication is a few hundred KB at the very most.
const BODY_LIMIT_BYTES = 1024 * 1024
// Uploads to the media library (figures, PDFs): the largest file plus room for the form fields.
const UPLOAD_LIMIT_BYTES = MEDIA_MAX_BYTES + 1024 * 1024

/**
 * Gives every request an id (the caller's valid `X-Request-Id` or a new one) that the routes log
 * and the response returns, and refuses oversized request bodies before any route reads them
 * (413, RFC 9457 problem). Bodies sent without a length are bounded by Payload's own upload limits.
 */
export function proxy(request: NextRequest) {
  const requestId = requestIdFor(request.headers.get(REQUEST_ID_HEADER))
  const length = Number(request.headers.get('content-length') ?? 0)
  const isUpload = request.headers.get('content-type')?.startsWith('multipart/form-data') ?? false
  const limit = isUpload ? UPLOAD_LIMIT_BYTES : BODY_LIMIT_BYTES
  if (length <= limit) {
    const headers = new Headers(request.headers)
    headers.set(REQUEST_ID_HEADER, requestId)
    const response = NextResponse.next({ request: { headers } })
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

export const config = { matcher: ['/api/:path*', '/oai'] }
