import { createHash } from 'node:crypto'

import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type { Payload, Where } from 'payload'

import { landName } from '@/domain/germanLaender'
import type { Config } from '@/payload-types'
import type { PublicationCollection } from '@/publicationTypes'
import { publicationPath } from '@/site/paths'

import { SEARCH_LANGUAGES, type SearchLanguage } from './indexes'

export type PublicationType =
  'talk' | 'impulse' | 'panel' | 'researchNote' | 'pressRelease' | 'event'

export const PUBLICATION_TYPE: Record<PublicationCollection, PublicationType> = {
  talks: 'talk',
  impulses: 'impulse',
  panels: 'panel',
  researchNotes: 'researchNote',
  pressReleases: 'pressRelease',
  events: 'event',
}

export type PanelFindingRecord = { anchor: string; statement: string; quote: string }

/** What Meilisearch stores for one publication in one language. */
export type PublicationSearchRecord = {
  id: string
  type: PublicationType
  collection: PublicationCollection
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
  organisations: string[]
  regions: string[]
  topics: string[]
  event: string | null
  findings: PanelFindingRecord[]
  publishedAt: number | null
  year: number | null
  /** Fingerprint of all other fields: reconcile compares it to find stale records. */
  contentHash: string
}

type AnyPublication = Config['collections'][PublicationCollection]

export function searchRecordId(collection: PublicationCollection, docId: string): string {
  return `${collection}-${docId}`
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null

/** Display names of populated people relationships; ids (unpopulated) are skipped. */
function personNames(values: unknown): string[] {
  const list = Array.isArray(values) ? values : [values]
  return list
    .filter(isObject)
    .map((person) => [person.honorific, person.name].filter(Boolean).join(' '))
    .filter(Boolean)
}

function titlesOf(values: unknown): string[] {
  return (Array.isArray(values) ? values : [])
    .filter(isObject)
    .map((item) => String(item.title ?? ''))
    .filter(Boolean)
}

function plainText(richText: unknown): string {
  return isObject(richText) && isObject(richText.root)
    ? convertLexicalToPlaintext({
        data: richText as unknown as Parameters<typeof convertLexicalToPlaintext>[0]['data'],
      })
    : ''
}

function peopleOf(doc: Record<string, unknown>): string[] {
  const participants = Array.isArray(doc.participants)
    ? doc.participants.filter(isObject).map((row) => row.person)
    : []
  const names = [
    ...personNames(doc.speakers),
    ...personNames(doc.authors),
    ...personNames(doc.moderators),
    ...personNames(participants),
  ]
  return [...new Set(names)]
}

/** Organisations a publication involves: hosts, partners, presenters, speakers' affiliations. */
function organisationsOf(doc: Record<string, unknown>): Record<string, unknown>[] {
  const rows = (field: unknown, key: string) =>
    (Array.isArray(field) ? field : []).filter(isObject).map((row) => row[key])
  const people = [doc.speakers, doc.authors, doc.moderators, rows(doc.participants, 'person')]
    .flatMap((value) => (Array.isArray(value) ? value : [value]))
    .filter(isObject)
  const candidates = [
    doc.hosts,
    doc.partners,
    doc.organisations,
    rows(doc.participants, 'organisation'),
    rows(doc.contacts, 'organisation'),
    isObject(doc.citation) ? doc.citation.publisher : undefined,
    people.map((person) => person.affiliations),
  ].flat(2)
  const byId = new Map<string, Record<string, unknown>>()
  for (const organisation of candidates.filter(isObject))
    byId.set(String(organisation.id), organisation)
  return [...byId.values()]
}

function findingsOf(doc: Record<string, unknown>): PanelFindingRecord[] {
  return (Array.isArray(doc.findings) ? doc.findings : []).filter(isObject).map((finding) => ({
    anchor: String(finding.anchor ?? ''),
    statement: String(finding.statement ?? ''),
    quote: String(finding.quote ?? ''),
  }))
}

function withContentHash(
  record: Omit<PublicationSearchRecord, 'contentHash'>,
): PublicationSearchRecord {
  const contentHash = createHash('sha256').update(JSON.stringify(record)).digest('hex').slice(0, 20)
  return { ...record, contentHash }
}

function toRecord(
  collection: PublicationCollection,
  doc: AnyPublication,
  language: SearchLanguage,
  translations: SearchLanguage[],
): PublicationSearchRecord {
  const fields = doc as unknown as Record<string, unknown>
  const dateSource = (fields.startsAt ?? fields.publishedAt) as string | null | undefined
  const date = dateSource ? new Date(dateSource) : null
  const organisations = organisationsOf(fields)
  const guidingQuestions = (Array.isArray(fields.guidingQuestions) ? fields.guidingQuestions : [])
    .filter(isObject)
    .map((row) => String(row.question ?? ''))
  return withContentHash({
    id: searchRecordId(collection, String(doc.id)),
    type: PUBLICATION_TYPE[collection],
    collection,
    docId: String(doc.id),
    slug: doc.slug,
    url: publicationPath(collection, doc.slug, language),
    language,
    translations,
    title: doc.title,
    summary: String(fields.summary ?? fields.abstract ?? fields.motto ?? ''),
    body: [plainText(fields.body), ...guidingQuestions].filter(Boolean).join('\n'),
    people: peopleOf(fields),
    organisations: organisations
      .map((organisation) => String(organisation.name ?? ''))
      .filter(Boolean),
    regions: [
      ...new Set(
        organisations
          .map((organisation) => landName(organisation.region as string))
          .filter(Boolean),
      ),
    ] as string[],
    topics: titlesOf(fields.topics),
    event: isObject(fields.event) ? String(fields.event.title ?? '') : null,
    findings: findingsOf(fields),
    publishedAt: date ? Math.floor(date.getTime() / 1000) : null,
    year: date ? date.getUTCFullYear() : null,
  })
}

// Only what a record shows of related documents: populating all of them (an event's whole
// programme, every figure's image sizes) would cost more than the publications themselves.
const RECORD_POPULATE = {
  people: { name: true, honorific: true, affiliations: true },
  organisations: { name: true, region: true },
  topics: { title: true },
  events: { title: true },
  media: { alt: true },
} as const

/** One publication, or the next batch of a collection in id order (after the given id). */
export type PublicDocsSelection = { id: string } | { after?: string; limit: number }

/**
 * The records for the public documents selected: one per language a document is written in,
 * none for what is not public. "Public" is decided by the collection's own read access for an
 * anonymous reader, so the index can never show more than the REST API does (drafts, embargo).
 *
 * A batch costs one query for the titles plus one per language, however many documents it holds;
 * each language's query covers exactly the id range the first one found. (The embedded FerretDB
 * answers every query but one by id with a scan of the collection, so fewer queries is faster.)
 */
export async function buildSearchRecordsFor(
  payload: Payload,
  collection: PublicationCollection,
  selection: PublicDocsSelection,
): Promise<{ records: PublicationSearchRecord[]; lastId?: string }> {
  const shared = {
    collection,
    draft: false,
    overrideAccess: false,
    pagination: false,
    sort: 'id',
  } as const
  const single = 'id' in selection
  const { docs: titles } = await payload.find({
    ...shared,
    where: single
      ? { id: { equals: selection.id } }
      : selection.after
        ? { id: { greater_than: selection.after } }
        : {},
    limit: single ? 1 : selection.limit,
    locale: 'all',
    depth: 0,
    select: { title: true },
  })
  if (titles.length === 0) return { records: [] }
  const firstId = String(titles[0].id)
  const lastId = String(titles.at(-1)!.id)
  const range: Where = single
    ? { id: { equals: firstId } }
    : { and: [{ id: { greater_than_equal: firstId } }, { id: { less_than_equal: lastId } }] }

  // A language counts as written when the publication's own title exists in it; related people
  // and organisations may still fall back to German.
  const translations = new Map<string, SearchLanguage[]>()
  for (const doc of titles) {
    const title = (doc as { title?: unknown }).title
    const written = SEARCH_LANGUAGES.filter(
      (language) => isObject(title) && typeof title[language] === 'string' && title[language],
    )
    translations.set(String(doc.id), written)
  }
  const records: PublicationSearchRecord[] = []
  for (const language of SEARCH_LANGUAGES) {
    if (![...translations.values()].some((written) => written.includes(language))) continue
    const { docs } = await payload.find({
      ...shared,
      // Only documents with their own title in this language (most have none in English).
      where: { and: [range, { title: { exists: true } }] },
      locale: language,
      depth: 2,
      select: { related: false },
      populate: RECORD_POPULATE,
    })
    for (const doc of docs) {
      const written = translations.get(String(doc.id))
      if (written?.includes(language)) {
        records.push(toRecord(collection, doc as AnyPublication, language, written))
      }
    }
  }
  return { records, lastId }
}

/** The records one publication should have in the public indexes (none if it is not public). */
export async function buildSearchRecords({
  payload,
  collection,
  id,
}: {
  payload: Payload
  collection: PublicationCollection
  id: string
}): Promise<PublicationSearchRecord[]> {
  const { records } = await buildSearchRecordsFor(payload, collection, { id })
  return records
}
