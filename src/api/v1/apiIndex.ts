import { PUBLICATION_TYPE_NAMES } from './resources'
import { REFERENCE_TYPE_NAMES } from './referenceData'

/** What `GET /api/v1` answers: where the documentation is and the address of every list. */
export function apiIndex(serverUrl: string) {
  const at = (path: string) => new URL(`/api/v1${path}`, serverUrl).toString()
  return {
    name: 'Wissenshub API',
    version: 'v1',
    documentation: at('/docs'),
    openapi: at('/openapi.json'),
    search: at('/search'),
    lists: Object.fromEntries(
      [...PUBLICATION_TYPE_NAMES, ...REFERENCE_TYPE_NAMES].map((type) => [type, at(`/${type}`)]),
    ),
  }
}
