import { createHash } from 'node:crypto'

import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type { Payload } from 'payload'

import { isPublic } from '@/access/publicConstraint'
import { landName } from '@/domain/germanLaender'
import { isObject } from '@/domain/isObject'
import type { Config } from '@/payload-types'
import type { PublicationCollection } from '@/publicationTypes'
import { publicationPath } from '@/site/paths'
import { personName } from '@/site/personName'

import { SEARCH_LANGUAGES, type SearchLanguage } from './indexes'
import { inLanguages, readStoredById, streamStored, type StoredDocument } from './storedDocuments'
import { singularAcronyms } from './synonyms'

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

/** A person, organisation, topic or event a record shows: enough to link to it or filter by it. */
export type RecordRef = { id: string; slug: string; name: string }

/** The facets whose values are other documents (and Länder): filtered by slug, id or code. */
export const REF_FACETS = ['topics', 'people', 'organisations', 'event', 'regions'] as const
export type RefFacet = (typeof REF_FACETS)[number]

/** `slug` TAB `name`: one facet value carries what a filter needs and what a reader sees. */
export const FACET_VALUE_SEPARATOR = '\t'

/** What Meilisearch stores for one publication in one language. */
export type PublicationSearchRecord = {
  id: string
  type: PublicationType
  collection: PublicationCollection
  docId: string
  slug: string
  url: string
  /** The language of the texts in this record. */
  language: SearchLanguage
  /** Languages the publication has its own title in. */
  translations: SearchLanguage[]
  title: string
  summary: string
  body: string
  people: string[]
  organisations: string[]
  regions: string[]
  topics: string[]
  event: string | null
  refs: {
    people: RecordRef[]
    organisations: RecordRef[]
    topics: RecordRef[]
    event: RecordRef | null
  }
  /** Facet values (`slug\tname`, see `FACET_VALUE_SEPARATOR`). */
  facetValues: Record<RefFacet, string[]>
  /** What a filter may name, lower-cased: slugs and ids (Länder: their code). */
  facetKeys: Record<RefFacet, string[]>
  findings: PanelFindingRecord[]
  /** Whole words of two or three letters (acronyms), lower-cased: see `shortWordFilter`. */
  shortWords: string[]
  publishedAt: number | null
  year: number | null
  /** Fingerprint of all other fields: reconcile compares it to find stale records. */
  contentHash: string
}

type AnyPublication = Config['collections'][PublicationCollection]

export function searchRecordId(collection: PublicationCollection, docId: string): string {
  return `${collection}-${docId}`
}

function ref(doc: Record<string, unknown>, name: string): RecordRef {
  return { id: String(doc.id), slug: String(doc.slug ?? ''), name }
}

/** Populated people relationships; ids (unpopulated) are skipped. */
function personRefs(values: unknown): RecordRef[] {
  const list = Array.isArray(values) ? values : [values]
  return list
    .filter(isObject)
    .map((person) => ref(person, personName(person)))
    .filter((person) => person.name)
}

function titledRefs(values: unknown): RecordRef[] {
  return (Array.isArray(values) ? values : [values])
    .filter(isObject)
    .map((item) => ref(item, String(item.title ?? '')))
    .filter((item) => item.name)
}

/** The plain text of a Lexical rich-text value ('' for anything else). */
export function plainText(richText: unknown): string {
  return isObject(richText) && isObject(richText.root)
    ? convertLexicalToPlaintext({
        data: richText as unknown as Parameters<typeof convertLexicalToPlaintext>[0]['data'],
      })
    : ''
}

function uniqueById(refs: RecordRef[]): RecordRef[] {
  return [...new Map(refs.map((item) => [item.id, item])).values()]
}

function peopleOf(doc: Record<string, unknown>): RecordRef[] {
  const participants = Array.isArray(doc.participants)
    ? doc.participants.filter(isObject).map((row) => row.person)
    : []
  return uniqueById([
    ...personRefs(doc.speakers),
    ...personRefs(doc.authors),
    ...personRefs(doc.moderators),
    ...personRefs(participants),
  ])
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

/** Words of two or three letters, as written (not split into parts as German indexing does). */
export function shortWordsOf(text: string): string[] {
  return [
    ...new Set(
      // An acronym's plural ("KMUs") counts as the acronym: queries are made singular too.
      (singularAcronyms(text).match(/[\p{L}\p{N}]+/gu) ?? [])
        .filter((word) => word.length >= 2 && word.length <= 3)
        .map((word) => word.toLowerCase()),
    ),
  ]
}

function withShortWords(
  record: Omit<PublicationSearchRecord, 'contentHash'>,
): PublicationSearchRecord {
  const text = [
    record.title,
    record.summary,
    record.body,
    ...record.people,
    ...record.organisations,
    ...record.topics,
    record.event ?? '',
    ...record.findings.flatMap((finding) => [finding.statement, finding.quote]),
  ].join(' ')
  return withContentHash({ ...record, shortWords: shortWordsOf(text) })
}

const facetValue = (key: string, name: string) => `${key}${FACET_VALUE_SEPARATOR}${name}`
const keysOf = (refs: RecordRef[]) =>
  [...new Set(refs.flatMap((item) => [item.slug, item.id]).filter(Boolean))].map((key) =>
    key.toLowerCase(),
  )

function toRecord(
  collection: PublicationCollection,
  doc: AnyPublication,
  language: SearchLanguage,
  translations: SearchLanguage[],
  now: Date,
): PublicationSearchRecord {
  const fields = doc as unknown as Record<string, unknown>
  const dateSource = (fields.startsAt ?? fields.publishedAt) as string | null | undefined
  const date = dateSource ? new Date(dateSource) : null
  const organisationDocs = organisationsOf(fields)
  const organisations = organisationDocs
    .map((organisation) => ref(organisation, String(organisation.name ?? '')))
    .filter((organisation) => organisation.name)
  const regionCodes = [
    ...new Set(
      organisationDocs
        .map((organisation) => organisation.region as string | undefined)
        .filter((code): code is string => Boolean(code && landName(code))),
    ),
  ]
  const people = peopleOf(fields)
  const topics = titledRefs(fields.topics)
  // Related documents are read with the sync's full access: an event that is a draft or under
  // embargo is left out, as the site leaves it out.
  const event =
    isObject(fields.event) && isPublic(fields.event, now)
      ? (titledRefs(fields.event)[0] ?? null)
      : null
  const guidingQuestions = (Array.isArray(fields.guidingQuestions) ? fields.guidingQuestions : [])
    .filter(isObject)
    .map((row) => String(row.question ?? ''))
  const refFacet = (refs: RecordRef[]) => refs.map((item) => facetValue(item.slug, item.name))
  return withShortWords({
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
    people: people.map((person) => person.name),
    organisations: organisations.map((organisation) => organisation.name),
    regions: regionCodes.map((code) => landName(code)!),
    topics: topics.map((topic) => topic.name),
    event: event?.name ?? null,
    refs: { people, organisations, topics, event },
    facetValues: {
      people: refFacet(people),
      organisations: refFacet(organisations),
      topics: refFacet(topics),
      event: event ? refFacet([event]) : [],
      regions: regionCodes.map((code) => facetValue(code, landName(code)!)),
    },
    facetKeys: {
      people: keysOf(people),
      organisations: keysOf(organisations),
      topics: keysOf(topics),
      event: event ? keysOf([event]) : [],
      regions: regionCodes.map((code) => code.toLowerCase()),
    },
    findings: findingsOf(fields),
    shortWords: [],
    publishedAt: date ? Math.floor(date.getTime() / 1000) : null,
    year: date ? date.getUTCFullYear() : null,
  })
}

// Only what a record shows of related documents: populating all of them (an event's whole
// programme, every figure's image sizes) would cost more than the publications themselves.
const RECORD_POPULATE = {
  people: { name: true, honorific: true, affiliations: true, slug: true },
  organisations: { name: true, region: true, slug: true },
  topics: { title: true, slug: true },
  events: { title: true, slug: true, _status: true, embargoUntil: true },
  media: { alt: true },
} as const

// Fields a record never shows: related reading and an event's programme (whose items would be
// populated as whole talks and panels).
const NOT_IN_RECORDS = ['related', 'programme'] as const

type Localised<T> = Partial<Record<SearchLanguage, T>>
type PublicFields = {
  id: string | number
  _status?: string | null
  embargoUntil?: string | null
}

const RECORD_READ = { exclude: NOT_IN_RECORDS, depth: 2, populate: RECORD_POPULATE } as const

/**
 * The records for the public ones of the given stored documents (`storedDocuments.ts`), one for
 * each index (reader language): the publication in that language where it has its own title
 * there, otherwise in the language it has (German first), so an item written only in English is
 * found by German readers too. The public check runs here in code (`isPublic`, the twin of the
 * read access rule): the documents are read without it, by id or in one pass over the collection,
 * which are the reads the embedded FerretDB serves without scanning once per query.
 */
async function recordsFromStored(
  payload: Payload,
  collection: PublicationCollection,
  stored: StoredDocument[],
): Promise<IndexedRecord[]> {
  const inLanguage = inLanguages(payload, stored, { collection, ...RECORD_READ })
  const now = new Date()
  const ownLanguages = new Map<string, SearchLanguage[]>()
  for (const doc of stored.filter((candidate) => isPublic(candidate as PublicFields, now))) {
    const title = doc.title as Localised<string> | null | undefined
    const languages = SEARCH_LANGUAGES.filter((language) => Boolean(title?.[language]))
    if (languages.length > 0) ownLanguages.set(String(doc.id), languages)
  }
  // Which language each index shows a publication in: its own, else the first it has.
  const shownIn = (languages: SearchLanguage[], indexLanguage: SearchLanguage) =>
    languages.includes(indexLanguage) ? indexLanguage : languages[0]
  const records: IndexedRecord[] = []
  // One language's copies at a time, and only of what is shown in it: a slice of large
  // publications is held once, not twice.
  for (const textLanguage of SEARCH_LANGUAGES) {
    const ids = [...ownLanguages]
      .filter(([, languages]) =>
        SEARCH_LANGUAGES.some((index) => shownIn(languages, index) === textLanguage),
      )
      .map(([id]) => id)
    if (ids.length === 0) continue
    const docs = await inLanguage(textLanguage, new Set(ids))
    for (const id of ids) {
      const languages = ownLanguages.get(id)!
      const doc = docs.get(id) as AnyPublication | undefined
      for (const indexLanguage of SEARCH_LANGUAGES) {
        if (!doc || shownIn(languages, indexLanguage) !== textLanguage) continue
        records.push({ ...toRecord(collection, doc, textLanguage, languages, now), indexLanguage })
      }
    }
  }
  return records
}

/** A whole collection's records, in slices of `sliceSize` publications read in one pass. */
export async function* collectionRecordSlices(
  payload: Payload,
  collection: PublicationCollection,
  sliceSize: number,
): AsyncGenerator<IndexedRecord[]> {
  const slices = streamStored(payload, { collection, exclude: NOT_IN_RECORDS, sliceSize })
  for await (const stored of slices) {
    const records = await recordsFromStored(payload, collection, stored)
    if (records.length > 0) yield records
  }
}

/** A record with the index (reader language) it belongs in; stripped before it is stored. */
export type IndexedRecord = PublicationSearchRecord & { indexLanguage: SearchLanguage }

/** The records one publication should have in the public indexes (none if it is not public). */
export async function buildSearchRecords({
  payload,
  collection,
  id,
}: {
  payload: Payload
  collection: PublicationCollection
  id: string
}): Promise<IndexedRecord[]> {
  const stored = await readStoredById(payload, { collection, exclude: NOT_IN_RECORDS, id })
  return recordsFromStored(payload, collection, stored)
}

/** The record as stored in Meilisearch (without the routing field). */
export function storedRecord({ indexLanguage, ...record }: IndexedRecord): PublicationSearchRecord {
  void indexLanguage
  return record
}
