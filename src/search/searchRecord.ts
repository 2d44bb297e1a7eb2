import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type { Payload } from 'payload'

import type { Talk } from '@/payload-types'
import { talkPath } from '@/site/paths'

import { SEARCH_LANGUAGES, type SearchLanguage } from './indexes'

export const SEARCHABLE_COLLECTIONS = ['talks'] as const
export type SearchableCollection = (typeof SEARCHABLE_COLLECTIONS)[number]

/** What Meilisearch stores for one publication in one language. */
export type PublicationSearchRecord = {
  id: string
  type: 'talk'
  docId: string
  slug: string
  url: string
  language: SearchLanguage
  /** Languages the publication has a translation in; lets English search add German-only items. */
  translations: SearchLanguage[]
  title: string
  summary: string
  body: string
  people: string[]
  publishedAt: number | null
  year: number | null
}

export function searchRecordId(collection: SearchableCollection, docId: string): string {
  return `${collection}-${docId}`
}

function talkToRecord(
  talk: Talk,
  language: SearchLanguage,
  translations: SearchLanguage[],
): PublicationSearchRecord {
  const published = talk.publishedAt ? new Date(talk.publishedAt) : null
  return {
    id: searchRecordId('talks', String(talk.id)),
    type: 'talk',
    docId: String(talk.id),
    slug: talk.slug,
    url: talkPath(talk.slug, language),
    language,
    translations,
    title: talk.title,
    summary: talk.abstract ?? '',
    body: talk.body ? convertLexicalToPlaintext({ data: talk.body }) : '',
    people: talk.speakerName ? [talk.speakerName] : [],
    publishedAt: published ? Math.floor(published.getTime() / 1000) : null,
    year: published ? published.getUTCFullYear() : null,
  }
}

/**
 * The records a publication should have in the public indexes: one per language it is written
 * in, none if it is not public. "Public" is decided by the collection's own read access for an
 * anonymous reader, so the index can never show more than the REST API does.
 */
export async function buildSearchRecords({
  payload,
  collection,
  id,
}: {
  payload: Payload
  collection: SearchableCollection
  id: string
}): Promise<PublicationSearchRecord[]> {
  const byLanguage = new Map<SearchLanguage, Talk>()
  for (const language of SEARCH_LANGUAGES) {
    const doc = await payload.findByID({
      collection,
      id,
      locale: language,
      fallbackLocale: false,
      draft: false,
      depth: 1,
      overrideAccess: false,
      disableErrors: true,
    })
    if (doc?.title) byLanguage.set(language, doc)
  }
  const translations = [...byLanguage.keys()]
  return [...byLanguage].map(([language, doc]) => talkToRecord(doc, language, translations))
}
