import { adminHeaders, request } from '../helpers/actors'
import { eventually, meiliAdmin, uniqueWord } from '../helpers/api'
import { killMeilisearch, restartMeilisearch } from '../helpers/meiliProcess'
import { runScript } from '../helpers/runScript'

type Report = Record<
  'de' | 'en',
  { expected: number; indexed: number; added: number; updated: number; removed: number }
>

async function reconcileDryRun(): Promise<Report | undefined> {
  try {
    const { stdout } = await runScript('scripts/searchReconcile.ts', ['--dry-run'])
    return JSON.parse(stdout.trim().split('\n').pop()!) as Report
  } catch (error) {
    // While the retried rebuild swaps indexes, a comparison may fail; the next one decides.
    console.log('reconcile failed:', (error as { stderr?: string }).stderr?.slice(-2000))
    return undefined
  }
}

/**
 * Complements searchOutage.int.spec.ts (Meilisearch down during publishes): here it dies while
 * the index is being rebuilt from the database (the admin's reindex job, a full import) and
 * while editors keep publishing.
 */
describe('Meilisearch killed and restarted in the middle of a full reindex', () => {
  it('ends with the index equal to the database: nothing missing, stale or extra', async () => {
    const headers = await adminHeaders()
    const run = uniqueWord('Neuimport')
    const publish = async (n: number) => {
      const { status } = await request('/api/talks', {
        method: 'POST',
        headers,
        body: { title: `${run} ${n}`, _status: 'published' },
      })
      expect(status).toBe(201)
    }
    for (let n = 0; n < 20; n += 4) await Promise.all([0, 1, 2, 3].map((i) => publish(n + i)))

    const queued = await request<{ jobId: string }>('/api/search/reindex', {
      method: 'POST',
      headers,
    })
    expect(queued.status).toBe(202)
    // The runner claims the job within a second; the rebuild index appearing shows it started.
    await eventually(
      'the rebuild has started',
      async () => {
        const { results } = await meiliAdmin().getIndexes({ limit: 100 })
        return results.some((index) => index.uid.endsWith('-rebuild'))
      },
      15_000,
    )
    killMeilisearch()
    for (let n = 20; n < 28; n += 4) await Promise.all([0, 1, 2, 3].map((i) => publish(n + i)))
    await new Promise((resolve) => setTimeout(resolve, 2_000))
    await restartMeilisearch()

    let report: Report | undefined
    await eventually(
      'reconcile finds no drift',
      async () => {
        report = await reconcileDryRun()
        if (!report) return false
        return (['de', 'en'] as const).every(
          (language) =>
            report![language].added === 0 &&
            report![language].updated === 0 &&
            report![language].removed === 0,
        )
      },
      120_000,
    )
    expect(report!.de.indexed).toBe(report!.de.expected)
    expect(report!.en.indexed).toBe(report!.en.expected)
    // The retried rebuild swapped and removed its temporary indexes.
    await eventually(
      'no rebuild index is left',
      async () => {
        const { results } = await meiliAdmin().getIndexes({ limit: 100 })
        return !results.some((index) => index.uid.endsWith('-rebuild'))
      },
      60_000,
    )
    // Meilisearch splits German compounds ("Neuimport…" → "neu", "import", …) and by default
    // also returns documents matching only some of the words: count this run's talks only.
    const { hits } = await meiliAdmin()
      .index('publications-de')
      .search(run, { limit: 200, matchingStrategy: 'all' })
    const ours = hits.filter((hit) => String(hit.title).startsWith(`${run} `))
    expect(new Set(ours.map((hit) => hit.id)).size).toBe(28)
    expect(ours).toHaveLength(28)
  }, 240_000)
})
