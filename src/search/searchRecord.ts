import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type { Payload } from 'payload'

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
  topics: string[]
  event: string | null
  findings: PanelFindingRecord[]
  publishedAt: number | null
  year: number | null
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

function findingsOf(doc: Record<string, unknown>): PanelFindingRecord[] {
  return (Array.isArray(doc.findings) ? doc.findings : []).filter(isObject).map((finding) => ({
    anchor: String(finding.anchor ?? ''),
    statement: String(finding.statement ?? ''),
    quote: String(finding.quote ?? ''),
  }))
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
  const guidingQuestions = (Array.isArray(fields.guidingQuestions) ? fields.guidingQuestions : [])
    .filter(isObject)
    .map((row) => String(row.question ?? ''))
  return {
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
    topics: titlesOf(fields.topics),
    event: isObject(fields.event) ? String(fields.event.title ?? '') : null,
    findings: findingsOf(fields),
    publishedAt: date ? Math.floor(date.getTime() / 1000) : null,
    year: date ? date.getUTCFullYear() : null,
  }
}

/**
 * The records a publication should have in the public indexes: one per language it is written
 * in, none if it is not public. "Public" is decided by the collection's own read access for an
 * anonymous reader, so the index can never show more than the REST API does (drafts, embargo).
 */
export async function buildSearchRecords({
  payload,
  collection,
  id,
}: {
  payload: Payload
  collection: PublicationCollection
  id: string
}): Promise<PublicationSearchRecord[]> {
  const byLanguage = new Map<SearchLanguage, AnyPublication>()
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
    if (doc?.title) byLanguage.set(language, doc as AnyPublication)
  }
  const translations = [...byLanguage.keys()]
  return [...byLanguage].map(([language, doc]) => toRecord(collection, doc, language, translations))
}
