import {
  eventually,
  getPage,
  isIndexed,
  loginAsAdmin,
  rest,
  meiliAdmin,
  uniqueWord,
} from '../helpers/api'
import { adminHeaders, request } from '../helpers/actors'
import { killMeilisearch, restartMeilisearch } from '../helpers/meiliProcess'

type Readiness = { status: string; checks: { database: { ok: boolean }; search: { ok: boolean } } }

describe('a Meilisearch outage', () => {
  it('never fails a publish, and the talk is indexed once Meilisearch is back', async () => {
    const token = await loginAsAdmin()
    killMeilisearch()
    await eventually('readiness reports the search down', async () => {
      const { status, json } = await rest<Readiness>('/api/ready')
      return status === 503 && !json.checks.search.ok && json.checks.database.ok
    })
    // Liveness stays up: the process answers, nothing to restart.
    expect((await rest('/api/health')).status).toBe(200)

    const word = uniqueWord()
    const created = await rest<{ doc: { id: string } }>('/api/talks', {
      method: 'POST',
      token,
      body: { title: `Ausfallsicher ${word}`, _status: 'published' },
    })
    expect(created.status).toBe(201)
    const id = created.json.doc.id

    const search = await getPage(`/suche?q=${word}`)
    expect(search.status).toBe(200)
    expect(search.html).toContain('Die Suche ist gerade nicht erreichbar')

    // Let the job fail a few times against the dead server before it comes back.
    await new Promise((resolve) => setTimeout(resolve, 2_000))
    await restartMeilisearch()

    await eventually(
      'the talk published during the outage is indexed',
      () => isIndexed(`talks-${id}`),
      60_000,
    )
    const readiness = await rest<Readiness>('/api/ready')
    expect(readiness.status).toBe(200)
  })
})

describe('Meilisearch killed during a burst of 200 publishes', () => {
  it('ends with every published talk indexed and no unpublished one', async () => {
    const headers = await adminHeaders()
    const run = uniqueWord('Burst')
    const published: string[] = []
    const unpublished: string[] = []

    const publishOne = async (n: number) => {
      const { status, json } = await request<{ doc: { id: string } }>('/api/talks', {
        method: 'POST',
        headers,
        body: { title: `${run} Nummer ${n}`, _status: 'published' },
      })
      expect(status).toBe(201)
      // Every tenth talk is taken back right away: it must not stay in the index.
      if (n % 10 === 0) {
        const back = await request(`/api/talks/${json.doc.id}`, {
          method: 'PATCH',
          headers,
          body: { _status: 'draft' },
        })
        expect(back.status).toBe(200)
        unpublished.push(`talks-${json.doc.id}`)
      } else {
        published.push(`talks-${json.doc.id}`)
      }
    }

    const CONCURRENCY = 8
    for (let start = 0; start < 200; start += CONCURRENCY) {
      if (start === 64) killMeilisearch()
      await Promise.all(Array.from({ length: CONCURRENCY }, (_, i) => publishOne(start + i)))
    }
    await restartMeilisearch()

    const indexedIds = async () => {
      const { results } = await meiliAdmin()
        .index('publications-de')
        .getDocuments<{ id: string }>({ fields: ['id'], filter: 'type = talk', limit: 10_000 })
      return new Set(results.map((doc) => doc.id))
    }
    await eventually(
      'all 180 published talks are indexed and the 20 unpublished are not',
      async () => {
        const ids = await indexedIds()
        return published.every((id) => ids.has(id)) && unpublished.every((id) => !ids.has(id))
      },
      240_000,
    )
    expect(published).toHaveLength(180)
  }, 420_000)
})
