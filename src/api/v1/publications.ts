import type { Payload, Where } from 'payload'

import { getEnv } from '@/env'
import type { PublicationCollection } from '@/publicationTypes'
import type { SearchLanguage } from '@/search/indexes'

import { byIdOrSlug, HAS_EVENT, ORGANISATION_FIELDS, PEOPLE_FIELDS } from './resources'
import type { DetailQuery, ListQuery } from './schemas'
import { toPublication, type PublicationV1 } from './toPublication'

export type PublicationPageV1 = {
  items: PublicationV1[]
  page: number
  pageSize: number
  totalItems: number
  totalPages: number
}

// Only what the v1 shape shows of related documents.
const POPULATE = {
  people: { name: true, honorific: true, slug: true },
  organisations: { name: true, slug: true },
  media: {
    url: true,
    mimeType: true,
    filesize: true,
    alt: true,
    caption: true,
    credit: true,
    licence: true,
    width: true,
    height: true,
  },
  topics: { title: true, slug: true },
  events: { title: true, slug: true },
  talks: { title: true, slug: true },
  impulses: { title: true, slug: true },
  panels: { title: true, slug: true },
} as const

/**
 * Reads as an anonymous visitor whoever asks (partner key or not): API v1 serves published
 * content past its embargo, nothing else, through the collections' own access rules.
 */
const asPublic = { overrideAccess: false, draft: false, depth: 1, populate: POPULATE } as const

async function idOfSlug(
  payload: Payload,
  collection: 'topics' | 'people' | 'events' | 'organisations',
  slug: string,
): Promise<string | undefined> {
  const { docs } = await payload.find({
    collection,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    select: {},
    overrideAccess: false,
  })
  return docs[0] ? String(docs[0].id) : undefined
}

/** The filters as a `where`, or `null` when they cannot match anything in this collection. */
async function whereOf(
  payload: Payload,
  collection: PublicationCollection,
  query: ListQuery,
): Promise<Where | null> {
  const and: Where[] = []
  if (query.topic) {
    const id = await idOfSlug(payload, 'topics', query.topic)
    if (!id) return null
    and.push({ topics: { in: [id] } })
  }
  if (query.person) {
    const id = await idOfSlug(payload, 'people', query.person)
    const paths = PEOPLE_FIELDS[collection]
    if (!id || paths.length === 0) return null
    and.push({ or: paths.map(({ path }) => ({ [path]: { in: [id] } })) })
  }
  if (query.organisation) {
    const id = await idOfSlug(payload, 'organisations', query.organisation)
    const paths = ORGANISATION_FIELDS[collection]
    if (!id || paths.length === 0) return null
    and.push({ or: paths.map((path) => ({ [path]: { in: [id] } })) })
  }
  if (query.event) {
    const id = await idOfSlug(payload, 'events', query.event)
    if (!id || !HAS_EVENT[collection]) return null
    and.push({ event: { equals: id } })
  }
  if (query.from) and.push({ publishedAt: { greater_than_equal: `${query.from}T00:00:00.000Z` } })
  if (query.to) and.push({ publishedAt: { less_than_equal: `${query.to}T23:59:59.999Z` } })
  return { and }
}

// An item written in one language only is shown in that one: an English-only talk read in
// German still has a title (the schema requires one).
const otherLanguage = (language: SearchLanguage): SearchLanguage =>
  language === 'de' ? 'en' : 'de'

export async function listPublications(
  payload: Payload,
  collection: PublicationCollection,
  query: ListQuery,
): Promise<PublicationPageV1> {
  const where = await whereOf(payload, collection, query)
  const empty = { items: [], page: query.page, pageSize: query.pageSize, totalItems: 0 }
  if (!where) return { ...empty, totalPages: 0 }
  const result = await payload.find({
    ...asPublic,
    collection,
    where,
    locale: query.language,
    fallbackLocale: otherLanguage(query.language),
    page: query.page,
    limit: query.pageSize,
    sort: query.sort,
  })
  const serverUrl = getEnv().SERVER_URL
  return {
    items: result.docs.map((doc) =>
      toPublication(collection, doc, query.language, serverUrl, query.fields),
    ),
    page: query.page,
    pageSize: query.pageSize,
    totalItems: result.totalDocs,
    totalPages: result.totalPages,
  }
}

/** One publication by id or slug, or `undefined` if there is no such public item. */
export async function getPublication(
  payload: Payload,
  collection: PublicationCollection,
  idOrSlug: string,
  query: DetailQuery,
): Promise<PublicationV1 | undefined> {
  const language: SearchLanguage = query.language
  const { docs } = await payload.find({
    ...asPublic,
    collection,
    where: byIdOrSlug(idOrSlug),
    locale: language,
    fallbackLocale: otherLanguage(language),
    limit: 1,
    pagination: false,
  })
  return docs[0]
    ? toPublication(collection, docs[0], language, getEnv().SERVER_URL, query.fields)
    : undefined
}
