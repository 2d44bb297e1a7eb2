import type { appliedByMeilisearch as AppliedByMeilisearch } from '../../src/search/meiliTasks'
import { meiliAdmin, useTestStackMeilisearch } from '../helpers/api'

/**
 * The search sync is done only when Meilisearch has applied its change (src/search/meiliTasks.ts):
 * against the test stack's real Meilisearch, in a scratch index of its own.
 */
const INDEX = `wait-probe-${Date.now()}`
let appliedByMeilisearch: typeof AppliedByMeilisearch

beforeAll(async () => {
  useTestStackMeilisearch()
  ;({ appliedByMeilisearch } = await import('../../src/search/meiliTasks'))
  await meiliAdmin().createIndex(INDEX, { primaryKey: 'id' }).waitTask()
})

afterAll(async () => {
  await meiliAdmin().deleteIndex(INDEX).waitTask()
})

describe('waiting for Meilisearch tasks', () => {
  it('resolves 50 concurrent waits once each change is in the index', async () => {
    const index = meiliAdmin().index(INDEX)
    const tasks = await Promise.all(
      Array.from({ length: 50 }, (_, i) => index.addDocuments([{ id: `doc-${i}`, n: i }])),
    )
    const applied = await Promise.all(tasks.map((task) => appliedByMeilisearch(task)))
    expect(applied.map((task) => task.status)).toEqual(tasks.map(() => 'succeeded'))
    // Every change is searchable the moment its wait resolves.
    const { total } = await index.getDocuments({ limit: 1 })
    expect(total).toBe(50)
  })

  it('rejects with Meilisearch’s reason when a task fails', async () => {
    // A record id Meilisearch refuses (only a–z, A–Z, 0–9, - and _ are allowed).
    const task = await meiliAdmin()
      .index(INDEX)
      .addDocuments([{ id: 'not/allowed' }])
    await expect(appliedByMeilisearch(task)).rejects.toThrow(/failed: .*not\/allowed/)
  })

  it('rejects a task Meilisearch does not know (lost in a crash) instead of waiting', async () => {
    const lost = {
      taskUid: 2 ** 31,
      indexUid: INDEX,
      status: 'enqueued',
      type: 'documentAdditionOrUpdate',
      enqueuedAt: new Date(),
    }
    await expect(
      appliedByMeilisearch(lost as unknown as Parameters<typeof appliedByMeilisearch>[0]),
    ).rejects.toThrow(/unknown to Meilisearch/)
  })
})
