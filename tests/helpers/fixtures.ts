import type { PublicationCollection } from '../../src/publicationTypes'
import { request } from './actors'
import { uniqueWord } from './api'

/** The smallest valid document of each publication type. */
export function minimalPublication(
  collection: PublicationCollection,
  title: string,
  personId?: string,
) {
  const base = { title }
  switch (collection) {
    case 'events':
      return { ...base, startsAt: '2026-06-22T08:00:00.000Z', format: 'virtual' }
    case 'researchNotes':
      return { ...base, authors: personId ? [personId] : [] }
    default:
      return base
  }
}

/** Creates a document as `headers`' user; `status` picks draft or published. */
export async function createPublication(
  collection: PublicationCollection,
  headers: Record<string, string>,
  {
    status,
    personId,
    extra = {},
  }: { status: 'draft' | 'published'; personId?: string; extra?: Record<string, unknown> },
) {
  const title = `${collection} ${uniqueWord()}`
  return request<{ doc: { id: string; slug: string; title: string } }>(
    `/api/${collection}${status === 'draft' ? '?draft=true' : ''}`,
    {
      method: 'POST',
      headers,
      body: { ...minimalPublication(collection, title, personId), _status: status, ...extra },
    },
  )
}
