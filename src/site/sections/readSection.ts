import type { Where } from 'payload'

import { HAS_EVENT, PEOPLE_FIELDS } from '@/api/v1/resources'
import type { PublicationCollection } from '@/publicationTypes'
import { cachedRead } from '@/site/cache'
import { formatDate } from '@/site/formatDate'
import type { SiteLocale } from '@/site/paths'
import { getSitePayload } from '@/site/payloadClient'

import { cardImageOf, namesOf, type Card } from './cards'
import { SECTION_PAGE_SIZE, type SectionQuery, type SectionSort } from './sectionQuery'

export type SectionPage = { cards: Card[]; page: number; totalPages: number; totalDocs: number }

const sectionPage = (
  cards: Card[],
  result: { page?: number; totalPages: number; totalDocs: number },
  query: SectionQuery,
): SectionPage => ({
  cards,
  page: result.page ?? query.page,
  totalPages: result.totalPages,
  totalDocs: result.totalDocs,
})

/** Events are ordered and filtered by when they take place, everything else by publication. */
export const dateFieldOf = (collection: PublicationCollection) =>
  collection === 'events' ? 'startsAt' : 'publishedAt'

const POPULATE = {
  people: { name: true, honorific: true, slug: true },
  topics: { title: true, slug: true },
  events: { title: true, slug: true },
  media: { url: true, alt: true, width: true, height: true, sizes: true },
  organisations: { name: true, slug: true },
} as const

// Every read here is as an anonymous visitor: drafts and embargoed items are not public.
const asPublic = { overrideAccess: false, draft: false } as const

async function idOfSlug(
  collection: 'topics' | 'events' | 'organisations',
  slug: string,
): Promise<string | undefined> {
  const payload = await getSitePayload()
  const { docs } = await payload.find({
    ...asPublic,
    collection,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    select: {},
  })
  return docs[0] ? String(docs[0].id) : undefined
}

/** Berlin's calendar year as an instant range (CET: the year starts at 23:00 UTC before). */
const yearRange = (year: number) => ({
  greater_than_equal: new Date(Date.UTC(year - 1, 11, 31, 23)).toISOString(),
  less_than: new Date(Date.UTC(year, 11, 31, 23)).toISOString(),
})

const sortOf = (field: string, sort: SectionSort | undefined) =>
  sort === 'title' ? 'title' : sort === 'oldest' ? field : `-${field}`

async function readPublications(
  collection: PublicationCollection,
  locale: SiteLocale,
  query: SectionQuery,
): Promise<SectionPage> {
  const empty = { cards: [], page: query.page, totalPages: 0, totalDocs: 0 }
  const dateField = dateFieldOf(collection)
  const and: Where[] = []
  if (query.topic) {
    const id = await idOfSlug('topics', query.topic)
    if (!id) return empty
    and.push({ topics: { in: [id] } })
  }
  if (query.event && HAS_EVENT[collection]) {
    const id = await idOfSlug('events', query.event)
    if (!id) return empty
    and.push({ event: { equals: id } })
  }
  if (query.kind && collection === 'events') and.push({ format: { equals: query.kind } })
  if (query.year) and.push({ [dateField]: yearRange(query.year) })
  const payload = await getSitePayload()
  const result = await payload.find({
    ...asPublic,
    collection,
    where: { and },
    locale,
    depth: 1,
    populate: POPULATE,
    sort: sortOf(dateField, query.sort),
    page: query.page,
    limit: SECTION_PAGE_SIZE,
  })
  const cards = result.docs.map((doc): Card => {
    const record = doc as unknown as Record<string, unknown>
    const people = namesOf(
      ...PEOPLE_FIELDS[collection].map(({ path }) => record[path.split('.')[0]]),
    )
    const date = record[dateField] as string | null | undefined
    const venue = collection === 'events' ? (record.venue as string | null) : null
    return {
      key: `${collection}-${doc.id}`,
      collection,
      slug: doc.slug,
      title: doc.title,
      meta: [people.join(', '), formatDate(date, locale), venue ?? ''].filter(Boolean),
      date,
      summary: (record.summary as string | null | undefined) ?? null,
      image: cardImageOf((doc.seo as { image?: unknown } | undefined)?.image),
    }
  })
  return sectionPage(cards, result, query)
}

export const readPublicationSection = cachedRead('section', readPublications)

/** The years in which something of this type was published (or an event took place). */
async function readYears(collection: PublicationCollection): Promise<number[]> {
  const payload = await getSitePayload()
  const field = dateFieldOf(collection)
  const { docs } = await payload.find({
    ...asPublic,
    collection,
    depth: 0,
    pagination: false,
    select: { [field]: true },
  })
  const years = docs.flatMap((doc) => {
    const value = (doc as unknown as Record<string, unknown>)[field]
    return typeof value === 'string' ? [Number(formatYear(value))] : []
  })
  return [...new Set(years)].sort((a, b) => b - a)
}

const formatYear = (iso: string) =>
  new Intl.DateTimeFormat('de-DE', { year: 'numeric', timeZone: 'Europe/Berlin' }).format(
    new Date(iso),
  )

export const readSectionYears = cachedRead('section-years', readYears)

async function readOptions(collection: 'topics' | 'events' | 'organisations', locale: SiteLocale) {
  const payload = await getSitePayload()
  if (collection === 'organisations') {
    const { docs } = await payload.find({
      ...asPublic,
      collection,
      locale,
      depth: 0,
      pagination: false,
      sort: 'name',
      select: { name: true, slug: true },
    })
    return docs.map((doc) => ({ value: doc.slug, label: doc.name }))
  }
  const { docs } = await payload.find({
    ...asPublic,
    collection,
    locale,
    depth: 0,
    pagination: false,
    sort: collection === 'events' ? '-startsAt' : 'title',
    select: { title: true, slug: true },
  })
  return docs.map((doc) => ({ value: doc.slug, label: doc.title }))
}

/** Topics, events or organisations as choices of a filter: slug and name. */
export const readFilterOptions = cachedRead('section-options', readOptions)

async function readPeople(locale: SiteLocale, query: SectionQuery): Promise<SectionPage> {
  const and: Where[] = []
  if (query.organisation) {
    const id = await idOfSlug('organisations', query.organisation)
    if (!id) return { cards: [], page: query.page, totalPages: 0, totalDocs: 0 }
    and.push({ affiliations: { in: [id] } })
  }
  const payload = await getSitePayload()
  const result = await payload.find({
    ...asPublic,
    collection: 'people',
    where: { and },
    locale,
    depth: 1,
    populate: POPULATE,
    sort: 'name',
    page: query.page,
    limit: SECTION_PAGE_SIZE * 2,
  })
  const cards = result.docs.map((person): Card => ({
    key: `people-${person.id}`,
    collection: 'people',
    slug: person.slug,
    title: [person.honorific, person.name].filter(Boolean).join(' '),
    meta: [
      person.function ?? '',
      (person.affiliations ?? [])
        .flatMap((org) => (typeof org === 'object' ? [org.name] : []))
        .join(', '),
    ].filter(Boolean),
    image: cardImageOf(person.portrait),
  }))
  return sectionPage(cards, result, query)
}

export const readPeopleSection = cachedRead('section-people', readPeople)

async function readOrganisations(locale: SiteLocale, query: SectionQuery): Promise<SectionPage> {
  const and: Where[] = []
  if (query.kind) and.push({ kind: { equals: query.kind } })
  const payload = await getSitePayload()
  const result = await payload.find({
    ...asPublic,
    collection: 'organisations',
    where: { and },
    locale,
    depth: 0,
    sort: 'name',
    page: query.page,
    limit: SECTION_PAGE_SIZE * 2,
  })
  const cards = result.docs.map((organisation): Card => ({
    key: `organisations-${organisation.id}`,
    collection: 'organisations',
    slug: organisation.slug,
    title: organisation.name,
    label: organisation.kind,
    meta: [organisation.shortName ?? '', organisation.region ?? ''].filter(Boolean),
    summary: organisation.description ?? null,
  }))
  return sectionPage(cards, result, query)
}

export const readOrganisationSection = cachedRead('section-organisations', readOrganisations)

async function readOrganisationKinds() {
  const payload = await getSitePayload()
  const { docs } = await payload.find({
    ...asPublic,
    collection: 'organisations',
    depth: 0,
    pagination: false,
    select: { kind: true },
  })
  return [...new Set(docs.map((doc) => doc.kind))].sort()
}

export const listOrganisationKinds = cachedRead('organisation-kinds', readOrganisationKinds)

async function readAllTopics(locale: SiteLocale) {
  const payload = await getSitePayload()
  const { docs } = await payload.find({
    ...asPublic,
    collection: 'topics',
    locale,
    depth: 0,
    pagination: false,
    sort: 'title',
  })
  return docs
}

export const readTopicTree = cachedRead('section-topics', readAllTopics)
