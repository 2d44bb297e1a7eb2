import { randomUUID } from 'node:crypto'

import type { MultiSearchParams } from 'meilisearch'

import { getEnv } from '@/env'

import { publicationsIndexSettings, type SearchLanguage } from './indexes'
import { getMeiliAdmin } from './meiliClients'
import { allAlternatives, synonymsFromGroups, type SynonymGaps } from './synonyms'

// A term is tried in a German and in an English sentence, as it occurs in records of either index.
const CONTEXTS = [
  (term: string) => `Ein Bericht über ${term} heute`,
  (term: string) => `A note on ${term} today`,
]
const TASK = { timeout: 30_000, interval: 25 }

/**
 * Which synonyms Meilisearch matches by itself, found out against the running binary: a throwaway
 * index with the publication index's settings holds each term in a sentence, and each term is
 * searched. Alternatives it does not find there are the gaps the query expansion fills.
 *
 * Why a probe rather than a fixed rule: with the German locale, Meilisearch 1.21 splits words into
 * parts by a dictionary before matching synonyms, so "KI" ⇄ "AI" works but "KI" → "Künstliche
 * Intelligenz" and "Fortbildung" → "Weiterbildung" do not; which terms are split depends on the
 * binary's dictionary and on the editors' list, so it is measured, not guessed.
 */
export async function probeSynonymGaps(
  groups: string[][],
  language: SearchLanguage,
): Promise<SynonymGaps> {
  const synonyms = synonymsFromGroups(groups)
  const terms = Object.keys(synonyms)
  if (terms.length === 0) return {}
  const admin = getMeiliAdmin()
  const uid = `${getEnv().MEILI_INDEX_PREFIX}synonym-probe-${language}-${randomUUID().slice(0, 8)}`
  try {
    await admin.createIndex(uid, { primaryKey: 'id' }).waitTask(TASK)
    const settings = publicationsIndexSettings(language, synonyms)
    await admin
      .index(uid)
      .updateSettings({
        ...settings,
        searchableAttributes: ['title'],
        filterableAttributes: [],
        sortableAttributes: [],
      })
      .waitTask(TASK)
    const docs = terms.flatMap((term, position) =>
      CONTEXTS.map((context, variant) => ({
        id: `${position}-${variant}`,
        term,
        title: context(term),
      })),
    )
    await admin.index(uid).addDocuments(docs).waitTask(TASK)
    const request: MultiSearchParams = {
      queries: terms.map((term) => ({
        indexUid: uid,
        q: term,
        limit: docs.length,
        matchingStrategy: 'all',
        attributesToRetrieve: ['term'],
      })),
    }
    const { results } = await admin.multiSearch<MultiSearchParams, { term: string }>(request)
    const gaps: SynonymGaps = {}
    terms.forEach((term, position) => {
      const found = results[position].hits.map((hit) => hit.term.toLowerCase())
      const missing = synonyms[term].filter(
        (alternative) =>
          found.filter((hitTerm) => hitTerm === alternative.toLowerCase()).length < CONTEXTS.length,
      )
      if (missing.length > 0) gaps[term] = missing
    })
    return gaps
  } finally {
    await admin.deleteIndexIfExists(uid).catch(() => undefined)
  }
}

const probed = new Map<string, Promise<SynonymGaps>>()

/**
 * The gaps for this synonym list, probed once per process and list. If the probe cannot run,
 * every synonym is expanded (correct, only slower), and the probe is tried again next time.
 */
export async function getSynonymGaps(
  groups: string[][],
  language: SearchLanguage,
): Promise<SynonymGaps> {
  const key = `${language}:${JSON.stringify(groups)}`
  let gaps = probed.get(key)
  if (!gaps) {
    gaps = probeSynonymGaps(groups, language)
    probed.set(key, gaps)
    gaps.catch(() => probed.delete(key))
  }
  return gaps.catch(() => allAlternatives(groups))
}
