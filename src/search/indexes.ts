import type { Settings } from 'meilisearch'

import { getEnv } from '@/env'

import { DEFAULT_SYNONYM_GROUPS, synonymsFromGroups } from './synonyms'

/** Content languages; each gets its own index so Meilisearch tokenizes it as that language. */
export const SEARCH_LANGUAGES = ['de', 'en'] as const
export type SearchLanguage = (typeof SEARCH_LANGUAGES)[number]

// One locale per index, so a query and the texts it is matched against are split the same way.
// Tried against the 1.21 binary: allowing both German and English made Meilisearch detect the
// language per text and per query, and a query detected differently from the text neither
// matched nor highlighted it ("Testbegriffmx44juih1"). German splitting of English words
// ("ch·ai·n") is handled by `shortWords` and whole-word highlights instead.
const MEILISEARCH_LOCALES = { de: ['deu'], en: ['eng'] } satisfies Record<
  SearchLanguage,
  ('deu' | 'eng')[]
>

export function publicationsIndexUid(language: SearchLanguage): string {
  return `${getEnv().MEILI_INDEX_PREFIX}publications-${language}`
}

/** Where `search:reindex` builds the next version of a language's index before swapping it in. */
export function rebuildIndexUid(language: SearchLanguage): string {
  return `${publicationsIndexUid(language)}-rebuild`
}

export function allPublicationsIndexPattern(): string {
  return `${getEnv().MEILI_INDEX_PREFIX}publications-*`
}

/**
 * What readers filter by; each also gets a facet with counts. `type`, `year` and `language` are
 * filtered and counted as they are; the others name documents (and Länder), counted by
 * `facetValues.<name>` and filtered by `facetKeys.<name>` (slug or id; a Land's code).
 */
export const FACET_ATTRIBUTES = [
  'type',
  'topics',
  'event',
  'people',
  'organisations',
  'regions',
  'year',
  'language',
] as const
export type FacetAttribute = (typeof FACET_ATTRIBUTES)[number]

// Acronyms are short and exact; a typo on them matches noise ("KI" ~ "KU").
const NO_TYPO_WORDS = ['KI', 'KMU', 'ESF', 'BMAS', 'ISF', 'HTWK', 'ATB', 'SMWA']

/** Index settings are code: applied at start-up and by the reindex command, before documents. */
export function publicationsIndexSettings(
  language: SearchLanguage,
  synonyms: Record<string, string[]> = synonymsFromGroups(DEFAULT_SYNONYM_GROUPS),
): Settings {
  return {
    // Order is ranking weight: title and findings outrank people, summary and, last, the body.
    searchableAttributes: [
      'title',
      'findings.statement',
      'people',
      'summary',
      'topics',
      'event',
      'organisations',
      'findings.quote',
      'body',
    ],
    filterableAttributes: [
      'type',
      'year',
      'language',
      'translations',
      'collection',
      'facetValues',
      'facetKeys',
      'shortWords',
    ],
    sortableAttributes: ['publishedAt', 'title'],
    displayedAttributes: ['*'],
    localizedAttributes: [{ attributePatterns: ['*'], locales: MEILISEARCH_LOCALES[language] }],
    // Relevance first; among equally relevant hits the more recent one wins.
    rankingRules: [
      'words',
      'typo',
      'proximity',
      'attribute',
      'sort',
      'exactness',
      'publishedAt:desc',
    ],
    synonyms,
    typoTolerance: {
      enabled: true,
      minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
      disableOnWords: NO_TYPO_WORDS,
      disableOnNumbers: true,
    },
    faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'count' } },
    pagination: { maxTotalHits: 10_000 },
  }
}
