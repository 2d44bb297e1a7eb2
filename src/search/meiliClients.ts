import { Meilisearch } from 'meilisearch'

import { getEnv } from '@/env'

import { allPublicationsIndexPattern } from './indexes'

// A fixed uid makes the search key idempotent: Meilisearch derives the key from uid and master
// key, so every start finds the same key instead of creating another.
const PUBLIC_SEARCH_KEY_UID = '5b3c6f0e-8d1a-4c52-9f3e-2a7d4b1c9e60'

// Without a timeout a request to a Meilisearch that accepted the connection but never answers
// waits forever, and with it Payload's start-up (onInit applies the index settings).
const ADMIN_REQUEST_TIMEOUT_MS = 30_000
// How admin calls wait for a Meilisearch task (settings, index creation). The client's default
// polls every 50 ms and gives up after 5 s, which a busy queue (a reindex) easily outlasts.
const TASK_WAIT = { interval: 250, timeout: 120_000 }

// Answers uncompressed. Asked for gzip (what fetch asks for unless told otherwise), Meilisearch
// 1.21 sends a compressed answer in pieces that Node's fetch receives about 40 ms late: a 3 ms
// search took 45–50 ms, every status request of the sync and the search cache as well. Measured
// on loopback: 48 ms with gzip, 4 ms without. Between the app and Meilisearch (a private network)
// compression saves nothing worth that.
const MEILI_REQUEST_INIT = { headers: { 'Accept-Encoding': 'identity' } }

let adminClient: Meilisearch | undefined
let searchClient: Promise<Meilisearch> | undefined

/** Holds the master key: for index settings, keys and syncing. Never used to answer searches. */
export function getMeiliAdmin(): Meilisearch {
  const env = getEnv()
  adminClient ??= new Meilisearch({
    host: env.MEILI_HOST,
    apiKey: env.MEILI_MASTER_KEY,
    timeout: ADMIN_REQUEST_TIMEOUT_MS,
    defaultWaitOptions: TASK_WAIT,
    requestInit: MEILI_REQUEST_INIT,
  })
  return adminClient
}

/** The key that may only `search` the public publication indexes. */
export async function ensurePublicSearchKey(): Promise<string> {
  const admin = getMeiliAdmin()
  const key = await admin.getKey(PUBLIC_SEARCH_KEY_UID).catch(() =>
    admin.createKey({
      uid: PUBLIC_SEARCH_KEY_UID,
      name: 'wissenshub-public-search',
      description: 'Search-only key for published content (site and public API).',
      actions: ['search'],
      indexes: [allPublicationsIndexPattern()],
      expiresAt: null,
    }),
  )
  return key.key
}

export function getSearchClient(): Promise<Meilisearch> {
  searchClient ??= ensurePublicSearchKey()
    .then(
      (apiKey) =>
        new Meilisearch({ host: getEnv().MEILI_HOST, apiKey, requestInit: MEILI_REQUEST_INIT }),
    )
    .catch((error: unknown) => {
      searchClient = undefined
      throw error
    })
  return searchClient
}
