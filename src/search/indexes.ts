import type { Settings } from 'meilisearch'

import { getEnv } from '@/env'

/** Content languages; each gets its own index so Meilisearch tokenizes it as that language. */
export const SEARCH_LANGUAGES = ['de', 'en'] as const
export type SearchLanguage = (typeof SEARCH_LANGUAGES)[number]

const MEILISEARCH_LOCALE: Record<SearchLanguage, string> = { de: 'deu', en: 'eng' }

export function publicationsIndexUid(language: SearchLanguage): string {
  return `${getEnv().MEILI_INDEX_PREFIX}publications-${language}`
}

export function allPublicationsIndexPattern(): string {
  return `${getEnv().MEILI_INDEX_PREFIX}publications-*`
}

/** Index settings are code: applied at start-up and by the reindex command, before documents. */
export function publicationsIndexSettings(language: SearchLanguage): Settings {
  return {
    // Order is ranking weight: a hit in the title outranks one in the body.
    searchableAttributes: [
      'title',
      'findings.statement',
      'people',
      'summary',
      'topics',
      'event',
      'findings.quote',
      'body',
    ],
    filterableAttributes: ['type', 'language', 'translations', 'year', 'people', 'topics', 'event'],
    sortableAttributes: ['publishedAt', 'title'],
    displayedAttributes: ['*'],
    localizedAttributes: [{ attributePatterns: ['*'], locales: [MEILISEARCH_LOCALE[language]] }],
    rankingRules: [
      'words',
      'typo',
      'proximity',
      'attribute',
      'sort',
      'exactness',
      'publishedAt:desc',
    ],
  }
}
