import { adminHeaders, request } from '../helpers/actors'
import { eventually, isIndexed, meiliAdmin, uniqueWord } from '../helpers/api'
import { runScript } from '../helpers/runScript'

type Report = Record<
  'de' | 'en',
  { added: number; updated: number; removed: number; expected: number }
>

const de = () => meiliAdmin().index('publications-de')

async function publishTalk(title: string) {
  const { json } = await request<{ doc: { id: string } }>('/api/talks', {
    method: 'POST',
    headers: await adminHeaders(),
    body: { title, _status: 'published' },
  })
  await eventually(`${title} is indexed`, () => isIndexed(`talks-${json.doc.id}`))
  return `talks-${json.doc.id}`
}

async function allIds(): Promise<string[]> {
  const { results } = await de().getDocuments<{ id: string }>({ fields: ['id'], limit: 10_000 })
  return results.map((doc) => doc.id).sort()
}

describe('search consistency commands', () => {
  it('search:reconcile repairs missing, stale and extra records, then finds no drift', async () => {
    const missing = await publishTalk(`Fehlt ${uniqueWord()}`)
    const staleTitle = `Aktuell ${uniqueWord()}`
    const stale = await publishTalk(staleTitle)
    const extra = 'talks-000000000000000000000000'

    await de().deleteDocument(missing).waitTask()
    await de()
      .updateDocuments([{ id: stale, title: 'Veraltet', contentHash: 'stale' }])
      .waitTask()
    await de()
      .addDocuments([{ id: extra, title: 'Gibt es nicht', type: 'talk' }])
      .waitTask()

    const { stdout } = await runScript('scripts/searchReconcile.ts')
    const report = JSON.parse(stdout.trim().split('\n').pop()!) as Report
    expect(report.de.added).toBeGreaterThanOrEqual(1)
    expect(report.de.updated).toBeGreaterThanOrEqual(1)
    expect(report.de.removed).toBeGreaterThanOrEqual(1)

    expect(await isIndexed(missing)).toBe(true)
    expect((await de().getDocument<{ title: string }>(stale)).title).toBe(staleTitle)
    expect(await isIndexed(extra)).toBe(false)

    const again = await runScript('scripts/searchReconcile.ts', ['--dry-run'])
    const second = JSON.parse(again.stdout.trim().split('\n').pop()!) as Report
    for (const language of ['de', 'en'] as const) {
      expect(second[language]).toMatchObject({ added: 0, updated: 0, removed: 0 })
    }
  })

  it('search:reindex swaps in a fresh index without a moment of empty results', async () => {
    await publishTalk(`Neuaufbau ${uniqueWord()}`)
    const before = await allIds()

    let reindexDone = false
    const reindex = runScript('scripts/searchReindex.ts').finally(() => {
      reindexDone = true
    })
    const totals: number[] = []
    while (!reindexDone) {
      const { json } = await request<{ totalHits: number }>('/api/search?q=&hitsPerPage=1')
      totals.push(json.totalHits)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    const { stdout } = await reindex
    const result = JSON.parse(stdout.trim().split('\n').pop()!) as {
      documents: Record<string, number>
      resynced: number
    }

    expect(totals.length).toBeGreaterThan(3)
    expect(Math.min(...totals)).toBeGreaterThan(0)
    expect(result.documents.de).toBe(before.length)
    // Nothing was saved meanwhile, so nothing else wrote to the new indexes: nothing to resync.
    expect(result.resynced).toBe(0)
    expect(await allIds()).toEqual(before)
  })

  it('builds the same records in slices of any size, read in one pass, as one publication at a time', async () => {
    const headers = await adminHeaders()
    const create = async (path: string, body: Record<string, unknown>) => {
      const { status, json } = await request<{ doc: { id: string } }>(path, {
        method: 'POST',
        headers,
        body,
      })
      expect(status).toBe(201)
      return json.doc.id
    }
    const draft = await create('/api/talks', { title: `Stapel ${uniqueWord()}`, _status: 'draft' })
    const embargoed = await create('/api/talks', {
      title: `Sperrfrist ${uniqueWord()}`,
      _status: 'published',
      embargoUntil: new Date(Date.now() + 86_400_000).toISOString(),
    })
    const german = await create('/api/talks', {
      title: `Stapelweise ${uniqueWord()}`,
      _status: 'published',
    })
    const englishOnly = await create('/api/talks?locale=en', {
      title: `Batch reading ${uniqueWord()}`,
      _status: 'published',
    })

    const { stdout } = await runScript('tests/scripts/publicRecords.ts', [
      german,
      englishOnly,
      draft,
      embargoed,
    ])
    const built = JSON.parse(stdout.trim().split('\n').pop()!) as Record<
      'slicesOfTwo' | 'defaultSlices' | 'onePublicationAtATime',
      string[]
    >

    expect(built.onePublicationAtATime).toHaveLength(4)
    expect(built.slicesOfTwo).toEqual(built.onePublicationAtATime)
    expect(built.defaultSlices).toEqual(built.onePublicationAtATime)
    const recordsOf = (id: string) =>
      built.defaultSlices
        .filter((line) => line.split(' ')[1] === `talks-${id}`)
        .map((line) => line.split(' ').slice(0, 3).join(' '))
    expect(recordsOf(german)).toEqual([`de talks-${german} de`, `en talks-${german} de`])
    // Written only in English: in both indexes, in English.
    expect(recordsOf(englishOnly)).toEqual([
      `de talks-${englishOnly} en`,
      `en talks-${englishOnly} en`,
    ])
    expect(recordsOf(draft)).toEqual([])
    expect(recordsOf(embargoed)).toEqual([])
  })
})
