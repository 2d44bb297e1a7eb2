import type { z } from 'zod'

import type { ProblemDetails } from './problem'

/**
 * Parses URL query parameters with a strict zod object schema. A parameter given once is a
 * string, given several times a list. On failure: a 400 problem naming every bad parameter, and
 * for unknown ones the parameters that are allowed.
 */
export function parseQueryParameters<Schema extends z.ZodObject>(
  schema: Schema,
  params: URLSearchParams,
): { ok: true; data: z.output<Schema> } | { ok: false; problem: ProblemDetails } {
  const raw: Record<string, string | string[]> = {}
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key)
    raw[key] = values.length === 1 ? values[0] : values
  }
  const parsed = schema.safeParse(raw)
  if (parsed.success) return { ok: true, data: parsed.data }
  const allowed = Object.keys(schema.shape).join(', ')
  const errors = parsed.error.issues.map((issue) =>
    issue.code === 'unrecognized_keys'
      ? { parameter: issue.keys.join(', '), message: `unknown parameter; allowed: ${allowed}` }
      : { parameter: String(issue.path[0] ?? '(query)'), message: issue.message },
  )
  return {
    ok: false,
    problem: {
      title: 'Invalid request parameters',
      status: 400,
      detail: errors.map((error) => `${error.parameter}: ${error.message}`).join('; '),
      errors,
    },
  }
}
