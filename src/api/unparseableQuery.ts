import { problemResponse } from './problem'

/**
 * Payload reads a `where` or `data` parameter given as one string with JSON.parse, and a string
 * that is not JSON became a 500 (and an error in the log): a 400 naming both notations instead.
 */
export function unparseableQuery(params: URLSearchParams): Response | null {
  for (const name of ['where', 'data']) {
    const value = params.get(name)
    if (!value) continue
    try {
      JSON.parse(value)
    } catch {
      return problemResponse({
        title: 'Invalid query',
        status: 400,
        detail: `${name} is neither JSON nor bracket notation; write e.g. ${name}[title][equals]=Energie, or ${name}={"title":{"equals":"Energie"}}.`,
      })
    }
  }
  return null
}
