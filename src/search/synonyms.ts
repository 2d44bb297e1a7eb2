/**
 * The field's vocabulary: abbreviations and their long forms, both ways. Editors extend it in the
 * admin (global "Sucheinstellungen"); this list is the default.
 */
export const DEFAULT_SYNONYM_GROUPS: string[][] = [
  ['KI', 'Künstliche Intelligenz', 'AI', 'artificial intelligence'],
  ['KMU', 'kleine und mittlere Unternehmen', 'SME', 'small and medium-sized enterprises'],
  ['ESF', 'Europäischer Sozialfonds', 'European Social Fund'],
  ['BMAS', 'Bundesministerium für Arbeit und Soziales'],
  ['Weiterbildung', 'Fortbildung', 'berufliche Weiterbildung', 'continuing training'],
  ['Solo-Selbstständige', 'Soloselbstständige', 'Selbstständige ohne Beschäftigte'],
  ['Plattformarbeit', 'Plattformbeschäftigung', 'Gig-Arbeit', 'platform work'],
]

/** Meilisearch wants a map from each term to its alternatives. */
export function synonymsFromGroups(groups: string[][]): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {}
  for (const group of groups) {
    const terms = [...new Set(group.map((term) => term.trim()).filter(Boolean))]
    for (const term of terms) {
      synonyms[term.toLowerCase()] = terms.filter((other) => other !== term)
    }
  }
  return synonyms
}

const MAX_QUERY_VARIANTS = 6

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * The query plus variants with each synonym substituted ("KI im Betrieb" → "Künstliche
 * Intelligenz im Betrieb", …), searched together and merged by Meilisearch's federated search.
 *
 * Why not only Meilisearch's `synonyms` setting: with German `localizedAttributes` (needed to
 * split compound words), Meilisearch 1.21 does not match synonyms whose text contains an umlaut
 * ("KI" → "Künstliche Intelligenz" finds nothing). Verified against the 1.21 binary.
 */
export function expandQuery(query: string, groups: string[][] = DEFAULT_SYNONYM_GROUPS): string[] {
  const variants = [query]
  for (const group of groups) {
    for (const term of group) {
      const pattern = new RegExp(
        `(^|[^\\p{L}\\p{N}])${escapeRegExp(term)}(?=$|[^\\p{L}\\p{N}])`,
        'iu',
      )
      if (!pattern.test(query)) continue
      for (const alternative of group.filter((other) => other !== term)) {
        variants.push(query.replace(pattern, (_, before: string) => `${before}${alternative}`))
      }
    }
  }
  return [...new Set(variants)].slice(0, MAX_QUERY_VARIANTS)
}
