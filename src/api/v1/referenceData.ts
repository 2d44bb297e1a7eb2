import type { Payload } from 'payload'

import { isObject } from '@/domain/isObject'
import type { Config } from '@/payload-types'
import type { SearchLanguage } from '@/search/indexes'

import { byIdOrSlug } from './resources'
import type { ReferenceListQuery } from './schemas'

/** People, organisations and topics under v1, and the collections behind them. */
export const REFERENCE_TYPES = {
  people: 'people',
  organisations: 'organisations',
  topics: 'topics',
} as const
export type ReferenceTypeName = keyof typeof REFERENCE_TYPES
export const REFERENCE_TYPE_NAMES = Object.keys(REFERENCE_TYPES) as ReferenceTypeName[]

type Collections = Config['collections']

const organisationReference = (value: unknown) =>
  isObject(value)
    ? { id: String(value.id), slug: String(value.slug), name: String(value.name) }
    : null

const toV1 = {
  people: (person: Collections['people']) => ({
    id: person.id,
    slug: person.slug,
    name: person.name,
    honorific: person.honorific ?? null,
    function: person.function ?? null,
    bio: person.bio ?? null,
    affiliations: (person.affiliations ?? []).map(organisationReference).filter(Boolean),
  }),
  organisations: (organisation: Collections['organisations']) => ({
    id: organisation.id,
    slug: organisation.slug,
    name: organisation.name,
    shortName: organisation.shortName ?? null,
    kind: organisation.kind,
    region: organisation.region ?? null,
    website: organisation.website ?? null,
    parent: organisationReference(organisation.parent),
  }),
  topics: (topic: Collections['topics']) => ({
    id: topic.id,
    slug: topic.slug,
    title: topic.title,
    description: topic.description ?? null,
    parent: isObject(topic.parent)
      ? { id: topic.parent.id, slug: topic.parent.slug, title: topic.parent.title }
      : null,
  }),
}

const SORT: Record<ReferenceTypeName, string> = {
  people: 'name',
  organisations: 'name',
  topics: 'title',
}

const POPULATE = {
  organisations: { name: true, slug: true },
  topics: { title: true, slug: true },
} as const

function convert(type: ReferenceTypeName, doc: unknown) {
  return (toV1[type] as (doc: unknown) => Record<string, unknown>)(doc)
}

export async function listReferenceData(
  payload: Payload,
  type: ReferenceTypeName,
  query: ReferenceListQuery,
) {
  const result = await payload.find({
    collection: REFERENCE_TYPES[type],
    locale: query.language,
    page: query.page,
    limit: query.pageSize,
    sort: SORT[type],
    depth: 1,
    populate: POPULATE,
    overrideAccess: false,
  })
  return {
    items: result.docs.map((doc) => convert(type, doc)),
    page: query.page,
    pageSize: query.pageSize,
    totalItems: result.totalDocs,
    totalPages: result.totalPages,
  }
}

export async function getReferenceData(
  payload: Payload,
  type: ReferenceTypeName,
  idOrSlug: string,
  language: SearchLanguage,
) {
  const { docs } = await payload.find({
    collection: REFERENCE_TYPES[type],
    where: byIdOrSlug(idOrSlug),
    locale: language,
    limit: 1,
    pagination: false,
    depth: 1,
    populate: POPULATE,
    overrideAccess: false,
  })
  return docs[0] ? convert(type, docs[0]) : undefined
}
