import type {
  FederatedMultiSearchParams,
  Hit,
  MultiSearchParams,
  MultiSearchQuery,
  SearchResponse,
} from 'meilisearch'

import {
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  isHighlighted,
  isStopWord,
  wholeWordHighlights,
} from './highlights'
import {
  FACET_ATTRIBUTES,
  publicationsIndexUid,
  type FacetAttribute,
  type SearchLanguage,
} from './indexes'
import { getSearchClient } from './meiliClients'
import { cachedSearch } from './searchCache'
import {
  FACET_VALUE_SEPARATOR,
  REF_FACETS,
  type PublicationSearchRecord,
  type RefFacet,
} from './searchRecord'
import { getSynonymGaps } from './synonymProbe'
import {
  allAlternatives,
  DEFAULT_SYNONYM_GROUPS,
  expandQuery,
  singularAcronyms,
  type SynonymGaps,
} from './synonyms'

export { HIGHLIGHT_END, HIGHLIGHT_START }
export const MAX_HITS_PER_PAGE = 50

/** Values by facet: `type`, `year`, `language` as they are; the others slug or id (Land: code). */
export type SearchFilters = Partial<Record<FacetAttribute, (string | number)[]>>

export type PublicationQuery = {
  query: string
  language?: SearchLanguage
  filters?: SearchFilters
  sort?: 'relevance' | 'date'
  page?: number
  hitsPerPage?: number
  /** The editors' list (`getSynonymGroups`); the built-in default when not given. */
  synonymGroups?: string[][]
}

export type PublicationHit = Pick<PublicationSearchRecord, (typeof HIT_FIELDS)[number]> & {
  /** ISO date of `publishedAt` (an event's start), for display. */
  date: string | null
  highlighted: {
    title: string
    summary: string
    body: string
    /** Panel findings the query matched, so a hit can link straight to #anchor. */
    findings: { anchor: string; statement: string }[]
  }
  /** Why a hit matched when the words are in its topics or people, e.g. "Thema: KI". */
  explanation: string | null
}

export type PublicationSearchResult = {
  query: string
  page: number
  hitsPerPage: number
  totalHits: number
  totalPages: number
  hits: PublicationHit[]
  /** Counts by value; a group's counts ignore that group's own filter (disjunctive facets). */
  facets: Partial<Record<FacetAttribute, Record<string, number>>>
  /** Display names of the slugs (Länder: codes) in `facets`. */
  facetLabels: Partial<Record<RefFacet, Record<string, string>>>
}

const isRefFacet = (facet: FacetAttribute): facet is RefFacet =>
  (REF_FACETS as readonly string[]).includes(facet)

const facetAttribute = (facet: FacetAttribute) =>
  isRefFacet(facet) ? `facetValues.${facet}` : facet

/** `facetKeys.topics = "ki" AND (type = "talk" OR type = "panel")`, values quoted and escaped. */
export function toMeilisearchFilter(
  filters: SearchFilters = {},
  except?: FacetAttribute,
): string[] {
  return (Object.entries(filters) as [FacetAttribute, (string | number)[] | undefined][])
    .filter(([facet, values]) => facet !== except && values && values.length > 0)
    .map(([facet, values]) => {
      const alternatives = values!.map((value) =>
        typeof value === 'number'
          ? `${facet} = ${value}`
          : isRefFacet(facet)
            ? `facetKeys.${facet} = ${JSON.stringify(value.toLowerCase())}`
            : `${facet} = ${JSON.stringify(value)}`,
      )
      return `(${alternatives.join(' OR ')})`
    })
}

const HIT_FIELDS = [
  'id',
  'type',
  'collection',
  'docId',
  'slug',
  'url',
  'language',
  'translations',
  'title',
  'summary',
  'people',
  'organisations',
  'regions',
  'topics',
  'event',
  'refs',
  'publishedAt',
  'year',
] as const satisfies readonly (keyof PublicationSearchRecord)[]
// A panel's findings are retrieved for their highlights only: a hit carries those that matched.
const RETRIEVED: (keyof PublicationSearchRecord)[] = [...HIT_FIELDS, 'findings']

// More words than this are searched as one query (all words required): a query per word would
// cost more than it helps.
const MAX_WORDS_SEARCHED_ALONE = 4
// A hit that has only some of the words ranks below every hit that has all of them.
const SOME_WORDS_WEIGHT = 0.5

const WORDS = /[\p{L}\p{N}]+/gu

function contentWords(query: string): string[] {
  if (query.includes('"')) return []
  return query
    .split(/\s+/)
    .filter((word) =>
      (word.match(WORDS) ?? []).some((part) => part.length >= 2 && !isStopWord(part)),
    )
}

const isShort = (term: string) => /^[\p{L}\p{N}]{2,3}$/u.test(term.trim())

function shortTermsOf(query: string): string[] {
  return [
    ...new Set((query.match(WORDS) ?? []).filter(isShort).filter((word) => !isStopWord(word))),
  ]
}

/**
 * German indexing splits words it does not know into parts ("supply ch·ai·n"), so a short word
 * such as "AI" would match inside them. A query with a two- or three-letter word only finds
 * records that have it (or a short synonym of it) as a word of its own (`shortWords`).
 */
function shortWordFilter(query: string, groups: string[][]): string[] {
  return shortTermsOf(query).map((term) => {
    const group = groups.find((terms) => terms.some((t) => t.toLowerCase() === term.toLowerCase()))
    const alternatives = [term, ...(group ?? []).filter(isShort)].map((t) => t.toLowerCase())
    return `shortWords IN [${[...new Set(alternatives)].map((t) => JSON.stringify(t)).join(', ')}]`
  })
}

/** Long synonyms of short terms are searched as variants, since the short-word filter would hide them. */
function withLongAlternativesOfShortTerms(groups: string[][], gaps: SynonymGaps): SynonymGaps {
  const merged: SynonymGaps = { ...gaps }
  for (const group of groups) {
    for (const term of group.filter(isShort)) {
      const long = group.filter((other) => !isShort(other))
      const key = term.toLowerCase()
      merged[key] = [...new Set([...(merged[key] ?? []), ...long])]
    }
  }
  return merged
}

export type SearchQueryPlan = { q: string; weight: number; filter: string[] }

/**
 * The Meilisearch queries for one search. Every query requires all its words (matching strategy
 * `all`): with German word splitting, the default (`last`) drops trailing word parts, so
 * "berufliche Weiterbildung" matched "Berufen" and "Lernkultur" matched "Lernplattformen".
 * Several words are also searched one by one at lower weight, so a word no hit shares with the
 * others still finds its own hits. Synonyms Meilisearch misses add a variant each.
 */
export function searchQueries({
  query,
  synonymGroups = DEFAULT_SYNONYM_GROUPS,
  gaps,
}: {
  query: string
  synonymGroups?: string[][]
  gaps?: SynonymGaps
}): SearchQueryPlan[] {
  const normalised = singularAcronyms(query.trim())
  const variants = expandQuery(
    normalised,
    synonymGroups,
    withLongAlternativesOfShortTerms(synonymGroups, gaps ?? allAlternatives(synonymGroups)),
  )
  const words = contentWords(normalised)
  const alone =
    words.length >= 2 && words.length <= MAX_WORDS_SEARCHED_ALONE
      ? words.filter((word) => !variants.includes(word))
      : []
  const plan = (q: string, weight: number) => ({
    q,
    weight,
    filter: shortWordFilter(q, synonymGroups),
  })
  return [...variants.map((q) => plan(q, 1)), ...alone.map((q) => plan(q, SOME_WORDS_WEIGHT))]
}

const EXPLANATION_LABELS: Record<SearchLanguage, { topics: string; people: string }> = {
  de: { topics: 'Thema', people: 'Person' },
  en: { topics: 'Topic', people: 'Person' },
}

function matchedNames(formatted: unknown): string[] {
  return (Array.isArray(formatted) ? formatted : [])
    .filter((value): value is string => typeof value === 'string' && isHighlighted(value))
    .map((value) => value.replaceAll(HIGHLIGHT_START, '').replaceAll(HIGHLIGHT_END, ''))
}

function matchedFindings(findings: unknown): { anchor: string; statement: string }[] {
  if (!Array.isArray(findings)) return []
  return findings
    .filter(
      (finding): finding is { anchor: string; statement: string } =>
        typeof finding?.anchor === 'string' &&
        typeof finding.statement === 'string' &&
        isHighlighted(finding.statement),
    )
    .map((finding) => ({
      anchor: finding.anchor,
      statement: wholeWordHighlights(finding.statement),
    }))
    .filter((finding) => isHighlighted(finding.statement))
}

function toHit(hit: Hit<PublicationSearchRecord>, language: SearchLanguage): PublicationHit {
  const formatted = (hit._formatted ?? {}) as Partial<Record<string, unknown>>
  const text = (name: 'title' | 'summary' | 'body', fallback: string) =>
    typeof formatted[name] === 'string' ? wholeWordHighlights(formatted[name]) : fallback
  const labels = EXPLANATION_LABELS[language]
  const explanation = [
    ...matchedNames(formatted.topics).map((name) => `${labels.topics}: ${name}`),
    ...matchedNames(formatted.people).map((name) => `${labels.people}: ${name}`),
  ].join(' · ')
  const record = Object.fromEntries(HIT_FIELDS.map((name) => [name, hit[name]])) as Pick<
    PublicationHit,
    (typeof HIT_FIELDS)[number]
  >
  return {
    ...record,
    date: hit.publishedAt ? new Date(hit.publishedAt * 1000).toISOString() : null,
    highlighted: {
      title: text('title', hit.title),
      summary: text('summary', hit.summary),
      body: text('body', ''),
      findings: matchedFindings(formatted.findings),
    },
    explanation: explanation || null,
  }
}

type FacetDistribution = Record<string, Record<string, number>>

function readFacets(
  distributions: { facet: FacetAttribute; distribution: FacetDistribution | undefined }[],
): Pick<PublicationSearchResult, 'facets' | 'facetLabels'> {
  const facets: PublicationSearchResult['facets'] = {}
  const facetLabels: PublicationSearchResult['facetLabels'] = {}
  for (const { facet, distribution } of distributions) {
    const counts = distribution?.[facetAttribute(facet)] ?? {}
    if (!isRefFacet(facet)) {
      facets[facet] = counts
      continue
    }
    const bySlug: Record<string, number> = {}
    const labels: Record<string, string> = {}
    for (const [value, count] of Object.entries(counts)) {
      const [slug, ...name] = value.split(FACET_VALUE_SEPARATOR)
      bySlug[slug] = count
      labels[slug] = name.join(FACET_VALUE_SEPARATOR)
    }
    facets[facet] = bySlug
    facetLabels[facet] = labels
  }
  return { facets, facetLabels }
}

type MatchingStrategy = 'all' | 'last'

async function runSearch(
  publicationQuery: PublicationQuery,
  matchingStrategy: MatchingStrategy,
): Promise<PublicationSearchResult> {
  const {
    query,
    language = 'de',
    filters = {},
    sort = 'relevance',
    page = 1,
    synonymGroups = DEFAULT_SYNONYM_GROUPS,
  } = publicationQuery
  const limit = Math.min(Math.max(1, publicationQuery.hitsPerPage ?? 10), MAX_HITS_PER_PAGE)
  const offset = (Math.max(1, page) - 1) * limit
  const indexUid = publicationsIndexUid(language)
  const gaps = await getSynonymGaps(synonymGroups, language)
  const queries = searchQueries({ query, synonymGroups, gaps })
  const active = FACET_ATTRIBUTES.filter((facet) => (filters[facet]?.length ?? 0) > 0)
  const shared: MultiSearchQuery = {
    indexUid,
    matchingStrategy,
    attributesToRetrieve: RETRIEVED,
    attributesToHighlight: ['title', 'summary', 'findings.statement', 'topics', 'people'],
    attributesToCrop: ['body'],
    cropLength: 30,
    highlightPreTag: HIGHLIGHT_START,
    highlightPostTag: HIGHLIGHT_END,
    ...(sort === 'date' ? { sort: ['publishedAt:desc'] } : {}),
  }
  // A group with a filter is counted without its own filter: ticking one type keeps the counts
  // of the others. One extra count-only search per such group, sent with the main one.
  const facetsOf = (except?: FacetAttribute) =>
    (except ? [except] : FACET_ATTRIBUTES.filter((facet) => !active.includes(facet))).map(
      facetAttribute,
    )
  const client = await getSearchClient()
  // The main answer (hits, and the counts of unfiltered groups) and one count-only answer per
  // filtered group, in `active` order: the same for a plain and a federated search.
  type Answer = { hits: unknown[]; estimatedTotalHits?: number; facetDistribution?: unknown }
  const resultOf = (main: Answer, counts: Answer[]): PublicationSearchResult => {
    const totalHits = main.estimatedTotalHits ?? main.hits.length
    return {
      query,
      page,
      hitsPerPage: limit,
      totalHits,
      totalPages: Math.ceil(totalHits / limit),
      hits: main.hits.map((hit) => toHit(hit as Hit<PublicationSearchRecord>, language)),
      ...readFacets([
        ...FACET_ATTRIBUTES.filter((facet) => !active.includes(facet)).map((facet) => ({
          facet,
          distribution: main.facetDistribution as FacetDistribution | undefined,
        })),
        ...active.map((facet, position) => ({
          facet,
          distribution: counts[position].facetDistribution as FacetDistribution | undefined,
        })),
      ]),
    }
  }

  if (queries.length === 1) {
    const { q, filter } = queries[0]
    const request: MultiSearchParams = {
      queries: [
        {
          ...shared,
          q,
          filter: [...toMeilisearchFilter(filters), ...filter],
          limit,
          offset,
          facets: facetsOf(),
        },
        ...active.map((facet) => ({
          indexUid,
          q,
          matchingStrategy,
          filter: [...toMeilisearchFilter(filters, facet), ...filter],
          limit: 0,
          facets: facetsOf(facet),
        })),
      ],
    }
    const { results } = await client.multiSearch<MultiSearchParams, PublicationSearchRecord>(
      request,
    )
    const [main, ...counts] = results as SearchResponse<PublicationSearchRecord>[]
    return resultOf(main, counts)
  }

  const federated = (except: FacetAttribute | undefined, page: { limit: number; offset: number }) =>
    client.multiSearch<FederatedMultiSearchParams, PublicationSearchRecord>({
      federation: { ...page, facetsByIndex: { [indexUid]: facetsOf(except) }, mergeFacets: {} },
      queries: queries.map(({ q, weight, filter }) => ({
        ...shared,
        q,
        filter: [...toMeilisearchFilter(filters, except), ...filter],
        federationOptions: { weight },
      })),
    })
  const [main, ...counts] = await Promise.all([
    federated(undefined, { limit, offset }),
    ...active.map((facet) => federated(facet, { limit: 0, offset: 0 })),
  ])
  return resultOf(main, counts)
}

/**
 * Searches published content for a reader: one index per reader language holds every public item
 * (in the reader's language where it exists). Identical searches are answered from memory until
 * an index changes (`searchCache.ts`).
 */
export function searchPublications(
  publicationQuery: PublicationQuery,
  { indexGeneration }: { indexGeneration?: string } = {},
): Promise<PublicationSearchResult> {
  const { query, language = 'de', filters = {}, sort = 'relevance', page = 1 } = publicationQuery
  const key = JSON.stringify([
    query.trim(),
    language,
    Object.entries(filters)
      .filter(([, values]) => values && values.length > 0)
      .sort(),
    sort,
    page,
    publicationQuery.hitsPerPage ?? 10,
    publicationQuery.synonymGroups ?? null,
  ])
  return cachedSearch(key, () => strictThenLenient(publicationQuery), indexGeneration)
}

/**
 * Every word must match (`all`), which keeps German word parts from matching on their own. A
 * misspelt compound ("Kompetenzentwiklung") is split into parts that then no longer all match:
 * only when nothing matches all of them are the leading ones enough (`last`).
 */
async function strictThenLenient(publicationQuery: PublicationQuery) {
  const strict = await runSearch(publicationQuery, 'all')
  if (strict.totalHits > 0 || !publicationQuery.query.trim()) return strict
  return runSearch(publicationQuery, 'last')
}
