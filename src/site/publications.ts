import { draftMode, headers } from 'next/headers'
import { cache } from 'react'
import type { TypedUser, Where } from 'payload'

import { listPublications } from '@/api/v1/publications'
import { ListQuery } from '@/api/v1/schemas'
import type { PublicationV1 } from '@/api/v1/toPublication'
import { EDITORIAL_ROLES, hasRole } from '@/access/roles'
import type { Config } from '@/payload-types'
import { PUBLICATION_COLLECTIONS, type PublicationCollection } from '@/publicationTypes'

import { cachedRead } from './cache'
import { DEFAULT_LOCALE, type PageCollection, type SiteLocale } from './paths'
import { getSitePayload } from './payloadClient'

export type SiteDoc<C extends PageCollection> = Config['collections'][C]

type PageReader = { user?: TypedUser; draft: boolean }

/** One document by slug as `reader` may see it (`overrideAccess: false`), or `null`. */
async function readBySlug(
  collection: PageCollection,
  slug: string,
  locale: SiteLocale,
  { user, draft }: PageReader,
) {
  const payload = await getSitePayload()
  const { docs } = await payload.find({
    collection,
    user,
    overrideAccess: false,
    draft,
    where: { slug: { equals: slug } },
    locale,
    limit: 1,
    depth: 2,
    pagination: false,
  })
  return docs[0] ?? null
}

/**
 * The site reads as an anonymous visitor: the collections' access rules decide what is public,
 * so drafts and embargoed items cannot reach a page.
 */
const readPublic = (collection: PageCollection, slug: string, locale: SiteLocale) =>
  readBySlug(collection, slug, locale, { draft: false })

const readPublicCached = cachedRead('page', readPublic)

/**
 * A public document by slug (pages, feeds, citations), from the cache when it is there. A miss is read again uncached: an
 * embargo lifts or a page is published at its minute, and a cached "not found" must not hide it.
 */
export async function findPublic(collection: PageCollection, slug: string, locale: SiteLocale) {
  return (
    (await readPublicCached(collection, slug, locale)) ??
    (await readPublic(collection, slug, locale))
  )
}

/** An editor's draft, for live preview: read with that editor's own rights, never cached. */
async function readDraftAsEditor(collection: PageCollection, slug: string, locale: SiteLocale) {
  const payload = await getSitePayload()
  const { user } = await payload.auth({ headers: await headers() })
  if (!user || !hasRole(user, ...EDITORIAL_ROLES)) return undefined
  return readBySlug(collection, slug, locale, { user, draft: true })
}

// Once per request: generateMetadata and the page both ask for the document.
const findPageDoc = cache(async (collection: PageCollection, slug: string, locale: SiteLocale) => {
  if ((await draftMode()).isEnabled) {
    const draft = await readDraftAsEditor(collection, slug, locale)
    if (draft !== undefined) return { doc: draft, isPreview: true }
  }
  return { doc: await findPublic(collection, slug, locale), isPreview: false }
})

/**
 * The document a page shows: the public version, or, in Payload's live preview (draft mode and
 * a signed-in editor), the latest draft.
 */
export async function findForPage<C extends PageCollection>(
  collection: C,
  slug: string,
  locale: SiteLocale,
): Promise<{ doc: SiteDoc<C> | null; isPreview: boolean }> {
  const { doc, isPreview } = await findPageDoc(collection, slug, locale)
  return { doc: doc as SiteDoc<C> | null, isPreview }
}

export type PublicationFilter = Pick<ListQuery, 'topic' | 'person' | 'organisation' | 'event'>

/** Public publications of one type in API v1's shape (the site's lists and cards use it too). */
async function readList(
  collection: PublicationCollection,
  locale: SiteLocale,
  filter: PublicationFilter,
  pageSize: number,
): Promise<PublicationV1[]> {
  const payload = await getSitePayload()
  const query = ListQuery.parse({ language: locale, pageSize, ...filter })
  return (await listPublications(payload, collection, query)).items
}

export const listPublic = cachedRead('list', readList)

export type PublicationGroup = { collection: PublicationCollection; items: PublicationV1[] }

/** Everything public that names a topic, person, organisation or event, grouped by type. */
export async function listPublicByType(
  locale: SiteLocale,
  filter: PublicationFilter,
  pageSize = 50,
): Promise<PublicationGroup[]> {
  const groups = await Promise.all(
    PUBLICATION_COLLECTIONS.map(async (collection) => ({
      collection,
      items: await listPublic(collection, locale, filter, pageSize),
    })),
  )
  return groups.filter((group) => group.items.length > 0)
}

async function readEvents(locale: SiteLocale, where: Where, sort: string, limit: number) {
  const payload = await getSitePayload()
  const { docs } = await payload.find({
    collection: 'events',
    overrideAccess: false,
    draft: false,
    where,
    sort,
    locale,
    limit,
    depth: 0,
  })
  return docs
}

const readEventsCached = cachedRead('events', readEvents)

/** Upcoming events soonest first; past events latest first. */
export async function listEvents(locale: SiteLocale, now = new Date()) {
  const today = new Date(now)
  today.setUTCHours(0, 0, 0, 0)
  const [upcoming, past] = await Promise.all([
    readEventsCached(
      locale,
      { startsAt: { greater_than_equal: today.toISOString() } },
      'startsAt',
      10,
    ),
    readEventsCached(locale, { startsAt: { less_than: today.toISOString() } }, '-startsAt', 10),
  ])
  return { upcoming, past }
}

async function readTopics(locale: SiteLocale) {
  const payload = await getSitePayload()
  const { docs } = await payload.find({
    collection: 'topics',
    overrideAccess: false,
    sort: 'title',
    locale,
    limit: 200,
    depth: 0,
  })
  return docs
}

export const listTopics = cachedRead('topics', readTopics)

// Localised texts a page shows; on English pages an untranslated one falls back to German.
const LOCALISED_TEXTS = [
  'title',
  'subtitle',
  'summary',
  'abstract',
  'motto',
  'body',
  'bio',
  'description',
  'function',
] as const
export type LocalisedText = (typeof LOCALISED_TEXTS)[number]

const isEmpty = (value: unknown) => value === null || value === undefined || value === ''

async function readUntranslated(collection: PageCollection, id: string, locale: SiteLocale) {
  if (locale === DEFAULT_LOCALE) return []
  const payload = await getSitePayload()
  const strict = (await payload.findByID({
    collection,
    id,
    locale,
    fallbackLocale: false,
    depth: 0,
    overrideAccess: false,
    draft: false,
    disableErrors: true,
  })) as Record<string, unknown> | null
  return strict ? LOCALISED_TEXTS.filter((field) => field in strict && isEmpty(strict[field])) : []
}

const readUntranslatedCached = cachedRead('untranslated', readUntranslated)

/**
 * The language of each text on a page: German where an English page falls back to the German
 * text, so screen readers pronounce it as German (WCAG 3.1.2, language of parts).
 */
export async function textLanguages(collection: PageCollection, id: string, locale: SiteLocale) {
  const german = new Set<string>(await readUntranslatedCached(collection, id, locale))
  return {
    langOf: (field: LocalisedText): SiteLocale | undefined =>
      german.has(field) ? DEFAULT_LOCALE : undefined,
    isFallback: german.has('title') || german.has('body'),
  }
}
