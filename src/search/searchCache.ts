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
 * The uid of the last batch of changes Meilisearch finished on these indexes. Batches run one
 * after another, so once batch n is finished every change enqueued before it that is still
 * missing belongs to a later batch, and finishing that one moves the uid on.
 *
 * Not the last finished *task*: Meilisearch batches the oldest waiting task with the later tasks
 * of the same index, so with changes to the German and English index interleaved, an English
 * change enqueued after a German one can finish first. The last task uid then already names a
 * state in which the German change is missing, and stays the same when it arrives, so a search
 * cached under it never showed the German change. Nor did a swap (a full reindex) move the last
 * task uid. Both measured on Meilisearch 1.21: tests/int/searchCache.int.spec.ts. (The batches
 * route exists since Meilisearch 1.9.)
 */
export async function lastFinishedBatch(indexUids: string[]): Promise<string> {
  const { results } = await getMeiliAdmin().batches.getBatches({
    indexUids,
    statuses: ['succeeded'],
    limit: 1,
  })
  return String(results[0]?.uid ?? 0)
}

/**
 * The generation of the publication indexes (lastFinishedBatch): any publish, removal, settings
 * change or swap moves it on. Asked at most every 200 ms, shared by concurrent requests.
 */
export async function indexGeneration(): Promise<string> {
  if (generation && Date.now() - generation.at < CHECK_EVERY_MS) return generation.value
  checking ??= lastFinishedBatch(SEARCH_LANGUAGES.map(publicationsIndexUid))
    .then((value) => {
      generation = { value, at: Date.now() }
      return value
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
