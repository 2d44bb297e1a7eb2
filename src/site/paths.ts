import type { PublicationCollection } from '@/publicationTypes'
import type { SearchLanguage } from '@/search/indexes'

const SEGMENTS: Record<PublicationCollection, Record<SearchLanguage, string>> = {
  talks: { de: 'vortraege', en: 'talks' },
  impulses: { de: 'impulse', en: 'impulses' },
  panels: { de: 'diskussionen', en: 'panels' },
  researchNotes: { de: 'forschung', en: 'research' },
  pressReleases: { de: 'presse', en: 'press' },
  events: { de: 'veranstaltungen', en: 'events' },
}

/** Public URLs of publications; German at the root, English under /en. */
export function publicationPath(
  collection: PublicationCollection,
  slug: string,
  language: SearchLanguage = 'de',
): string {
  const segment = SEGMENTS[collection][language]
  return language === 'de' ? `/${segment}/${slug}` : `/en/${segment}/${slug}`
}

export const talkPath = (slug: string, language: SearchLanguage = 'de') =>
  publicationPath('talks', slug, language)
