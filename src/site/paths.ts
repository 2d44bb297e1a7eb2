import type { SearchLanguage } from '@/search/indexes'

/** Public URLs of publications; German at the root, English under /en. */
export function talkPath(slug: string, language: SearchLanguage = 'de'): string {
  return language === 'de' ? `/vortraege/${slug}` : `/en/talks/${slug}`
}
