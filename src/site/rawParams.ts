/** A URL's query as Next.js hands it to a page: every name with all its values. */
export function rawParamsOf(params: URLSearchParams): Record<string, string[]> {
  const raw: Record<string, string[]> = {}
  for (const name of new Set(params.keys())) raw[name] = params.getAll(name)
  return raw
}
