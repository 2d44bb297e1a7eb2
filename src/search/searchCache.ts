import { publicationsIndexUid, SEARCH_LANGUAGES } from './indexes'
import { getMeiliAdmin } from './meiliClients'

// How stale the "has any index changed?" answer may be: a publish made by another process (the
// jobs worker) shows up in this process's searches at most this much later.
const CHECK_EVERY_MS = 200
const MAX_ENTRIES = 1_000

let generation: { value: string; at: number } | undefined
let checking: Promise<string> | undefined
const cache = new Map<string, { generation: string; value: unknown }>()

/**
 * The uid of the last task Meilisearch finished on the publication indexes: any publish, removal,
 * settings change or swap moves it on. Asked at most every 200 ms, shared by concurrent requests.
 */
export async function indexGeneration(): Promise<string> {
  if (generation && Date.now() - generation.at < CHECK_EVERY_MS) return generation.value
  checking ??= getMeiliAdmin()
    .tasks.getTasks({
      indexUids: SEARCH_LANGUAGES.map(publicationsIndexUid),
      statuses: ['succeeded'],
      limit: 1,
    })
    .then(({ results }) => {
      generation = { value: String(results[0]?.uid ?? 0), at: Date.now() }
      return generation.value
    })
    .finally(() => {
      checking = undefined
    })
  return checking
}

/**
 * Answers identical searches from memory until the indexes change. Search results depend on
 * nothing else (the synonym list is part of the key), so a hit is exactly what Meilisearch
 * would answer now. A caller that already asked for the generation passes it (a cached search
 * page is stored under it: src/site/search/searchPagePath.ts).
 */
export async function cachedSearch<T>(
  key: string,
  compute: () => Promise<T>,
  knownGeneration?: string,
): Promise<T> {
  // Without the task list (a hiccup of Meilisearch) freshness is unknown: search uncached.
  const current = knownGeneration ?? (await indexGeneration().catch(() => undefined))
  if (current === undefined) return compute()
  const entry = cache.get(key)
  if (entry && entry.generation === current) {
    // Re-inserting keeps the map in least-recently-used order for eviction.
    cache.delete(key)
    cache.set(key, entry)
    return entry.value as T
  }
  const value = await compute()
  cache.set(key, { generation: current, value })
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!)
  return value
}

/** After this process changed an index: the next search asks Meilisearch again. */
export function forgetCachedSearches() {
  cache.clear()
  generation = undefined
}
