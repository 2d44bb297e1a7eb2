/**
 * Errors as RFC 9457 problem details (`application/problem+json`): a title for the kind of
 * problem, a detail a developer can act on, and for bad parameters one entry per parameter.
 */
export type ProblemDetails = {
  type?: string
  title: string
  status: number
  detail: string
  errors?: { parameter: string; message: string }[]
}

export function problemResponse(problem: ProblemDetails, headers: HeadersInit = {}): Response {
  return Response.json(
    { type: 'about:blank', ...problem },
    {
      status: problem.status,
      headers: { ...headers, 'Content-Type': 'application/problem+json' },
    },
  )
}

/** Meilisearch is down or unreachable: a 503 clients may retry. */
export function searchUnavailableResponse(): Response {
  return problemResponse(
    {
      title: 'Search unavailable',
      status: 503,
      detail: 'The search service is not reachable; try again shortly.',
    },
    { 'Retry-After': '10' },
  )
}
