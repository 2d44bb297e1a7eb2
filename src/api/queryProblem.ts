import { APIError, type AfterErrorHook } from 'payload'

/** A query (`where`, `sort`) that cannot be run as written: a 400 that says what to change. */
export class QueryProblem extends APIError {
  constructor(detail: string) {
    super(detail, 400, undefined, true)
    this.name = 'QueryProblem'
  }
}

/** Answers a malformed query with 400 `application/problem+json` (REST; GraphQL keeps its shape). */
export const queryProblemAfterError: AfterErrorHook = ({ error, req }) => {
  if (!(error instanceof QueryProblem)) return
  const detail = error.message
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
