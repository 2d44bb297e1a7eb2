import type { Task } from 'meilisearch'

import type { lastFinishedBatch as LastFinishedBatch } from '../../src/search/searchCache'
import { meiliAdmin, useTestStackMeilisearch } from '../helpers/api'

/**
 * Cached searches and search pages are valid for one "generation" of the indexes
 * (src/search/searchCache.ts): it must move on whenever a change is applied, also when changes
 * to two indexes are interleaved. Against the test stack's real Meilisearch, in scratch indexes
 * standing for the German and the English one.
 */
const GERMAN = `generation-de-${Date.now()}`
const ENGLISH = `generation-en-${Date.now()}`
const ELSEWHERE = `generation-other-${Date.now()}`
let lastFinishedBatch: typeof LastFinishedBatch

beforeAll(async () => {
  useTestStackMeilisearch()
  ;({ lastFinishedBatch } = await import('../../src/search/searchCache'))
  for (const uid of [GERMAN, ENGLISH, ELSEWHERE]) {
    await meiliAdmin().createIndex(uid, { primaryKey: 'id' }).waitTask()
  }
})

afterAll(async () => {
  for (const uid of [GERMAN, ENGLISH, ELSEWHERE]) await meiliAdmin().deleteIndex(uid).waitTask()
})

// Enough documents that Meilisearch needs a noticeable time for them, even on a fast machine.
const many = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => ({
    id: `${prefix}-${i}`,
    text: `Absatz ${i} `.repeat(20),
  }))

const statusOf = async (uid: number): Promise<Task['status']> =>
  (await meiliAdmin().tasks.getTask(uid)).status

describe('the index generation', () => {
  it('moves on when a German change lands after a later English one (Meilisearch batches by index)', async () => {
    const indexes = [GERMAN, ENGLISH]
    const before = await lastFinishedBatch(indexes)
    // While Meilisearch is busy elsewhere, English is enqueued first, then German, then English
    // again. Meilisearch then takes the oldest task's index and batches the later English change
    // with it, so the German change, enqueued before it, is applied last.
    const busy = await meiliAdmin().index(ELSEWHERE).addDocuments(many('busy', 60_000))
    const englishFirst = await meiliAdmin()
      .index(ENGLISH)
      .addDocuments([{ id: 'en-frueh', text: 'früh' }])
    const german = await meiliAdmin().index(GERMAN).addDocuments(many('de', 30_000))
    const englishLater = await meiliAdmin()
      .index(ENGLISH)
      .addDocuments([{ id: 'en-spaet', text: 'später' }])
    expect(await statusOf(busy.taskUid)).not.toBe('succeeded')
    const englishDone = await meiliAdmin().tasks.waitForTask(englishLater.taskUid, {
      timeout: 120_000,
      interval: 10,
    })
    expect(englishDone.batchUid).toBe(
      (await meiliAdmin().tasks.getTask(englishFirst.taskUid)).batchUid,
    )

    // Both English changes are in; the German one is not yet.
    const whileGermanMissing = await lastFinishedBatch(indexes)
    const germanStatus = await statusOf(german.taskUid)
    expect(germanStatus).not.toBe('succeeded')
    expect(whileGermanMissing).not.toBe(before)

    await meiliAdmin().tasks.waitForTask(german.taskUid, { timeout: 120_000 })
    // A search cached while the German change was missing must not be answered any more.
    expect(await lastFinishedBatch(indexes)).not.toBe(whileGermanMissing)
  }, 240_000)

  it('moves on when an index is swapped in (a full reindex)', async () => {
    const next = `${GERMAN}-next`
    await meiliAdmin().createIndex(next, { primaryKey: 'id' }).waitTask()
    const before = await lastFinishedBatch([GERMAN, ENGLISH])
    await meiliAdmin()
      .swapIndexes([{ indexes: [GERMAN, next], rename: false }])
      .waitTask()
    expect(await lastFinishedBatch([GERMAN, ENGLISH])).not.toBe(before)
    await meiliAdmin().deleteIndex(next).waitTask()
  })
})
