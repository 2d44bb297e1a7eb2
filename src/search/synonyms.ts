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

/** Alternatives Meilisearch's own synonyms miss, by lower-cased term (see `synonymProbe.ts`). */
export type SynonymGaps = Record<string, string[]>

/** Every alternative of every term: what to expand when the gaps are not known. */
export function allAlternatives(groups: string[][]): SynonymGaps {
  return synonymsFromGroups(groups)
}

/**
 * The query plus one variant for each synonym Meilisearch does not match by itself ("KI im
 * Betrieb" → "Künstliche Intelligenz im Betrieb"), searched together as one federated search.
 * Synonyms Meilisearch matches natively (KI ⇄ AI) add no variant.
 */
export function expandQuery(
  query: string,
  groups: string[][] = DEFAULT_SYNONYM_GROUPS,
  gaps: SynonymGaps = allAlternatives(groups),
): string[] {
  const variants = [query]
  for (const group of groups) {
    for (const term of group) {
      const missing = gaps[term.trim().toLowerCase()] ?? []
      if (missing.length === 0) continue
      const pattern = new RegExp(
        `(^|[^\\p{L}\\p{N}])${escapeRegExp(term)}(?=$|[^\\p{L}\\p{N}])`,
        'iu',
      )
      if (!pattern.test(query)) continue
      for (const alternative of missing) {
        variants.push(query.replace(pattern, (_, before: string) => `${before}${alternative}`))
      }
    }
  }
  return [...new Set(variants)].slice(0, MAX_QUERY_VARIANTS)
}

/** "SMEs", "KMUs" → "SME", "KMU": acronyms are indexed (and in synonym lists) in the singular. */
export function singularAcronyms(query: string): string {
  return query.replace(
    /(^|[^\p{L}\p{N}])(\p{Lu}[\p{Lu}\p{N}]+)s(?=$|[^\p{L}\p{N}])/gu,
    (_, before: string, acronym: string) => `${before}${acronym}`,
  )
}
