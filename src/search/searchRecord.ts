import { createHash } from 'node:crypto'

import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type { Payload, Where } from 'payload'

import { landName } from '@/domain/germanLaender'
import { isObject } from '@/domain/isObject'
import type { Config } from '@/payload-types'
import type { PublicationCollection } from '@/publicationTypes'
import { publicationPath } from '@/site/paths'
import { personName } from '@/site/personName'

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

export const COLLECTION_OF_TYPE = Object.fromEntries(
  Object.entries(PUBLICATION_TYPE).map(([collection, type]) => [type, collection]),
) as Record<PublicationType, PublicationCollection>

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

/** Display names of populated people relationships; ids (unpopulated) are skipped. */
function personNames(values: unknown): string[] {
  const list = Array.isArray(values) ? values : [values]
  return list.filter(isObject).map(personName).filter(Boolean)
}

function titlesOf(values: unknown): string[] {
  return (Array.isArray(values) ? values : [])
    .filter(isObject)
    .map((item) => String(item.title ?? ''))
    .filter(Boolean)
}

/** The plain text of a Lexical rich-text value ('' for anything else). */
export function plainText(richText: unknown): string {
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
 * The records for the public documents selected: one per language a document is written in
 * (has its own title in), none for what is not public. "Public" is decided by the collection's
 * own read access for an anonymous reader, so the index can never show more than the REST API
 * does (drafts, embargo).
 *
 * One query per language, however many documents a batch holds: German (the default locale, whose
 * title is required) picks the batch, the other languages read the same id range. Fewer queries
 * matter on the embedded FerretDB, which scans the collection for every query but a bare `_id`.
 */
export async function buildSearchRecordsFor(
  payload: Payload,
  collection: PublicationCollection,
  selection: PublicDocsSelection,
): Promise<{ records: PublicationSearchRecord[]; lastId?: string }> {
  const single = 'id' in selection
  const batch: Where = single
    ? { id: { equals: selection.id } }
    : selection.after
      ? { id: { greater_than: selection.after } }
      : {}
  const read = (language: SearchLanguage, where: Where, limit?: number) =>
    payload.find({
      collection,
      // Related people and organisations may fall back to German; the title must be the language's own.
      where: { and: [where, { title: { exists: true } }] },
      locale: language,
      limit,
      pagination: false,
      sort: 'id',
      draft: false,
      overrideAccess: false,
      depth: 2,
      select: { related: false },
      populate: RECORD_POPULATE,
    })

  const [defaultLanguage, ...otherLanguages] = SEARCH_LANGUAGES
  const { docs: first } = await read(defaultLanguage, batch, single ? 1 : selection.limit)
  if (first.length === 0) return { records: [] }
  const lastId = String(first.at(-1)!.id)
  const range: Where = single
    ? batch
    : {
        and: [
          { id: { greater_than_equal: String(first[0].id) } },
          { id: { less_than_equal: lastId } },
        ],
      }
  const docsByLanguage = new Map<SearchLanguage, AnyPublication[]>([
    [defaultLanguage, first as AnyPublication[]],
  ])
  for (const language of otherLanguages) {
    docsByLanguage.set(language, (await read(language, range)).docs as AnyPublication[])
  }

  const translations = new Map<string, SearchLanguage[]>()
  for (const [language, docs] of docsByLanguage) {
    for (const doc of docs) {
      translations.set(String(doc.id), [...(translations.get(String(doc.id)) ?? []), language])
    }
  }
  const records = [...docsByLanguage].flatMap(([language, docs]) =>
    docs.map((doc) => toRecord(collection, doc, language, translations.get(String(doc.id))!)),
  )
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
