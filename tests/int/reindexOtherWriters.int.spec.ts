import type { othersWroteTo as OthersWroteTo } from '../../src/search/reindex'
import { meiliAdmin, useTestStackMeilisearch } from '../helpers/api'

/**
 * A reindex searches the database for publications changed while it ran only when something
 * else (the sync job, for a save) wrote to the indexes it built (src/search/reindex.ts). Against
 * the test stack's real Meilisearch, in scratch indexes standing for the two being built.
 */
const stamp = Date.now()
const GERMAN = `rebuild-de-${stamp}`
const ENGLISH = `rebuild-en-${stamp}`
const ELSEWHERE = `rebuild-other-${stamp}`
let othersWroteTo: typeof OthersWroteTo

beforeAll(async () => {
  useTestStackMeilisearch()
  ;({ othersWroteTo } = await import('../../src/search/reindex'))
  await meiliAdmin().createIndex(ELSEWHERE, { primaryKey: 'id' }).waitTask()
})

afterAll(async () => {
  for (const uid of [GERMAN, ENGLISH, ELSEWHERE]) {
    await meiliAdmin().deleteIndexIfExists(uid)
  }
})

describe('writes to the indexes a reindex builds', () => {
  it('tells the reindex’s own writes from a sync job’s, also deletions, and ignores older ones', async () => {
    // Left over from an earlier run: written before this reindex created its indexes.
    await meiliAdmin()
      .index(GERMAN)
      .addDocuments([{ id: 'alt', title: 'alt' }])
      .waitTask()
    await meiliAdmin().deleteIndex(GERMAN).waitTask()
    const created = await meiliAdmin().createIndex(GERMAN, { primaryKey: 'id' }).waitTask()
    await meiliAdmin().createIndex(ENGLISH, { primaryKey: 'id' }).waitTask()
    const building = [GERMAN, ENGLISH]

    const own = new Set<number>()
    for (const uid of building) {
      const task = await meiliAdmin()
        .index(uid)
        .addDocuments([{ id: 'a', title: 'Neu' }])
      own.add(task.taskUid)
    }
    await meiliAdmin()
      .index(ELSEWHERE)
      .addDocuments([{ id: 'b', title: 'Woanders' }])
      .waitTask()
    expect(await othersWroteTo(building, created.enqueuedAt, own)).toBe(false)

    const removal = await meiliAdmin().index(ENGLISH).deleteDocument('a').waitTask()
    expect(await othersWroteTo(building, created.enqueuedAt, own)).toBe(true)

    own.add(removal.uid)
    const saved = await meiliAdmin()
      .index(GERMAN)
      .addDocuments([{ id: 'c', title: 'Gespeichert' }])
      .waitTask()
    expect(await othersWroteTo(building, created.enqueuedAt, own)).toBe(true)
    own.add(saved.uid)
    expect(await othersWroteTo(building, created.enqueuedAt, own)).toBe(false)
  })
})
