import type { Payload } from 'payload'

import { DEFAULT_SYNONYM_GROUPS } from './synonyms'

const CACHE_MS = 30_000
let cached: { groups: string[][]; at: number } | undefined

/** The editors' synonym list (global "Sucheinstellungen"), cached briefly per process. */
export async function getSynonymGroups(
  payload: Payload,
  { fresh = false } = {},
): Promise<string[][]> {
  if (!fresh && cached && Date.now() - cached.at < CACHE_MS) return cached.groups
  const settings = await payload.findGlobal({
    slug: 'searchSettings',
    depth: 0,
    overrideAccess: true,
  })
  const groups = (settings.synonymGroups ?? [])
    .map((group) => (group.terms ?? []).map((term) => term.trim()).filter(Boolean))
    .filter((terms) => terms.length >= 2)
  cached = { groups: settings.synonymGroups ? groups : DEFAULT_SYNONYM_GROUPS, at: Date.now() }
  return cached.groups
}

/** Called when editors save the list, so this process uses it at once (others within 30 s). */
export function forgetSynonymGroups() {
  cached = undefined
}
