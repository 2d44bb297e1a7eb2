import { stringify } from 'csv-stringify/sync'
import type { Payload } from 'payload'

import type { PublicationCollection } from '@/publicationTypes'
import type { SearchLanguage } from '@/search/indexes'

import { listPublications } from './publications'
import type { PublicationV1 } from './toPublication'

const PAGE = 100

/** Every published item of a type in the v1 shape, oldest first (stable for diffing exports). */
export async function exportPublications(
  payload: Payload,
  collection: PublicationCollection,
  language: SearchLanguage,
): Promise<PublicationV1[]> {
  const items: PublicationV1[] = []
  for (let page = 1; ; page += 1) {
    const result = await listPublications(payload, collection, {
      page,
      pageSize: PAGE,
      sort: 'publishedAt',
      language,
    })
    items.push(...result.items)
    if (page >= result.totalPages) return items
  }
}

type Named = { slug?: string; name?: string; title?: string }
const joined = (values: unknown, key: keyof Named) =>
  (Array.isArray(values) ? (values as Named[]) : []).map((value) => value[key] ?? '').join('; ')

export const CSV_COLUMNS = [
  'id',
  'type',
  'slug',
  'url',
  'language',
  'title',
  'summary',
  'publishedAt',
  'updatedAt',
  'topics',
  'people',
  'event',
] as const

/** One row per item; lists joined with "; ". RFC 4180 (CRLF, quoting), UTF-8 with BOM for Excel. */
export function publicationsCsv(items: PublicationV1[]): string {
  const rows = items.map((item) => ({
    ...item,
    topics: joined(item.topics, 'slug'),
    people: joined(item.people, 'name'),
    event: (item.event as Named | null | undefined)?.slug ?? '',
  }))
  return (
    '\uFEFF' +
    stringify(rows, { header: true, columns: [...CSV_COLUMNS], record_delimiter: 'windows' })
  )
}
