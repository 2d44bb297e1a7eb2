import { startMeilisearch } from '../../src/services/meilisearch'
import {
  eventually,
  getPage,
  isIndexed,
  loginAsAdmin,
  rest,
  uniqueWord,
  stack,
} from '../helpers/api'
import { writeStack } from '../helpers/testStack'

type Health = { status: string; services: { database: { ok: boolean }; search: { ok: boolean } } }

function killMeilisearch() {
  const { meili } = stack()
  process.kill(meili.pid, 'SIGKILL')
}

async function restartMeilisearch() {
  const current = stack()
  const proc = await startMeilisearch({
    binary: current.meili.binary,
    dataDir: current.meili.dataDir,
    port: current.meili.port,
    masterKey: current.meili.masterKey,
  })
  writeStack({
    ...current,
    meili: { ...current.meili, pid: proc.pid },
    pids: [...current.pids, proc.pid],
  })
}

describe('a Meilisearch outage', () => {
  it('never fails a publish, and the talk is indexed once Meilisearch is back', async () => {
    const token = await loginAsAdmin()
    killMeilisearch()
    await eventually('health reports the search down', async () => {
      const { status, json } = await rest<Health>('/api/health')
      return status === 503 && !json.services.search.ok && json.services.database.ok
    })

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
    const health = await rest<Health>('/api/health')
    expect(health.status).toBe(200)
  })
})
