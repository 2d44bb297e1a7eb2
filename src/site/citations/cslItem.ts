import { namePartsOf } from '@/domain/nameParts'
import type { Event, Organisation, Person } from '@/payload-types'

import { absoluteUrl } from '../absoluteUrl'
import { pagePath, type SiteLocale } from '../paths'
import type { SiteDoc } from '../publications'

/** The publication types one can cite: everything with an author or speaker, plus press. */
export const CITABLE_COLLECTIONS = [
  'talks',
  'impulses',
  'panels',
  'researchNotes',
  'pressReleases',
] as const
export type CitableCollection = (typeof CITABLE_COLLECTIONS)[number]

export const isCitable = (value: unknown): value is CitableCollection =>
  CITABLE_COLLECTIONS.includes(value as CitableCollection)

/** A CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). */
export type CslItem = {
  id: string
  type: 'report' | 'article' | 'speech'
  title: string
  author: (
    { family: string; given?: string; 'non-dropping-particle'?: string } | { literal: string }
  )[]
  issued?: { 'date-parts': [[number, number, number]] }
  URL: string
  DOI?: string
  publisher?: string
  'publisher-place'?: string
  'collection-title'?: string
  number?: string
  genre?: string
  abstract?: string
  language: SiteLocale
  'event-title'?: string
  'event-place'?: string
}

const populated = <T extends object>(values: unknown): T[] =>
  (Array.isArray(values) ? values : []).filter(
    (value): value is T => typeof value === 'object' && value !== null,
  )

/**
 * Reference managers want family and given names apart. The particle stays with the family name
 * ("von der Öhe, Hans-Jürgen"): non-dropping, as the person is called and sorted in German.
 */
function cslName(person: Person): CslItem['author'][number] {
  const parts = namePartsOf(person)
  if (!parts) return { literal: person.name }
  return {
    family: parts.family,
    ...(parts.given ? { given: parts.given } : {}),
    ...(parts.particle ? { 'non-dropping-particle': parts.particle } : {}),
  }
}

function issuedOf(date: string | null | undefined): CslItem['issued'] {
  if (!date) return undefined
  const day = new Date(date)
  return { 'date-parts': [[day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()]] }
}

const CSL_TYPE: Record<CitableCollection, CslItem['type']> = {
  talks: 'speech',
  impulses: 'speech',
  panels: 'speech',
  researchNotes: 'report',
  pressReleases: 'article',
}

const GENRE: Record<CitableCollection, Record<SiteLocale, string>> = {
  talks: { de: 'Vortrag', en: 'Talk' },
  impulses: { de: 'Impuls', en: 'Impulse' },
  panels: { de: 'Podiumsdiskussion', en: 'Panel discussion' },
  researchNotes: { de: 'Forschungsnotiz', en: 'Research note' },
  pressReleases: { de: 'Pressemitteilung', en: 'Press release' },
}

const SITE_PUBLISHER = 'Wissenshub'

function authorsOf(collection: CitableCollection, doc: SiteDoc<CitableCollection>) {
  const raw = doc as unknown as Record<string, unknown>
  if (collection === 'talks') return populated<Person>(raw.speakers)
  if (collection === 'panels')
    return populated<Person>(
      populated<{ person?: unknown }>(raw.participants).map((entry) => entry.person),
    )
  return populated<Person>(raw.authors)
}

/** How a public publication is cited, as CSL-JSON: the one source of every citation format. */
export function cslItemOf(
  collection: CitableCollection,
  doc: SiteDoc<CitableCollection>,
  locale: SiteLocale,
  /** The language the text is in: German on an English page of an untranslated item. */
  contentLocale: SiteLocale = locale,
): CslItem {
  const raw = doc as unknown as Record<string, unknown>
  const event = typeof raw.event === 'object' && raw.event ? (raw.event as Event) : null
  const summary = [raw.abstract, raw.summary].find((s): s is string => typeof s === 'string' && !!s)
  const base: CslItem = {
    // Unique across the hub (slugs are unique per type): the BibTeX key and the CSL id.
    id: `${collection}:${doc.slug}`,
    type: CSL_TYPE[collection],
    title: doc.title,
    author: authorsOf(collection, doc).map(cslName),
    issued: issuedOf(doc.publishedAt),
    URL: absoluteUrl(pagePath(collection, doc.slug, locale)),
    genre: GENRE[collection][locale],
    language: contentLocale,
    ...(summary ? { abstract: summary } : {}),
    ...(event
      ? { 'event-title': event.title, ...(event.venue ? { 'event-place': event.venue } : {}) }
      : {}),
  }
  if (collection !== 'researchNotes') return { ...base, publisher: SITE_PUBLISHER }
  const note = doc as SiteDoc<'researchNotes'>
  const publisher =
    typeof note.citation?.publisher === 'object' && note.citation.publisher
      ? (note.citation.publisher as Organisation).name
      : SITE_PUBLISHER
  return {
    ...base,
    publisher,
    ...(note.doi ? { DOI: note.doi } : {}),
    ...(note.citation?.place ? { 'publisher-place': note.citation.place } : {}),
    ...(note.citation?.series ? { 'collection-title': note.citation.series } : {}),
    ...(note.citation?.number ? { number: note.citation.number } : {}),
  }
}
