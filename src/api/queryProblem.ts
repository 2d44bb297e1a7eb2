import { APIError, type AfterErrorHook } from 'payload'

/** A query (`where`, `sort`) that cannot be run as written: a 400 that says what to change. */
export class QueryProblem extends APIError {
  constructor(detail: string) {
    super(detail, 400, undefined, true)
    this.name = 'QueryProblem'
  }
}

// Payload parses a `where` or `data` parameter given as one string with JSON.parse and lets the
// SyntaxError become a 500.
function unparseableParameter(error: Error, query: unknown): string | undefined {
  if (!(error instanceof SyntaxError) || typeof query !== 'object' || query === null) return
  return ['where', 'data'].find(
    (name) => typeof (query as Record<string, unknown>)[name] === 'string',
  )
}

/** Answers a malformed query with 400 `application/problem+json` (REST; GraphQL keeps its shape). */
export const queryProblemAfterError: AfterErrorHook = ({ error, req }) => {
  const parameter = unparseableParameter(error, req.query)
  if (!(error instanceof QueryProblem) && !parameter) return
  const detail = parameter
    ? `${parameter} is neither JSON nor bracket notation; write e.g. ${parameter}[title][equals]=Energie, or ${parameter}={"title":{"equals":"Energie"}}.`
    : error.message
  req.responseHeaders = new Headers({ 'Content-Type': 'application/problem+json' })
  return {
    status: 400,
    response: {
      type: 'about:blank',
      title: 'Invalid query',
      status: 400,
      detail,
      // Payload's own clients (the admin) read `errors[].message`.
      errors: [{ message: detail }],
    },
  }
}
