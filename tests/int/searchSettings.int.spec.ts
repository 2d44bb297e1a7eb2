import { adminHeaders, anonymous, createActor, request } from '../helpers/actors'
import { DEFAULT_SYNONYM_GROUPS } from '../../src/search/synonyms'
import { eventually, isIndexed, meiliAdmin } from '../helpers/api'

const defaults = DEFAULT_SYNONYM_GROUPS.map((terms) => ({ terms }))

// The list is shared by every test of the run: put the defaults back.
afterAll(async () => {
  await request('/api/globals/searchSettings', {
    method: 'POST',
    headers: await adminHeaders(),
    body: { synonymGroups: defaults },
  })
})

describe('the synonym list editors maintain', () => {
  it('is editable by editors only, takes effect in search, and reaches the index settings', async () => {
    const headers = await adminHeaders()
    const author = await createActor('author')
    const digits = String(Date.now())
    const talk = await request<{ doc: { id: string } }>('/api/talks', {
      method: 'POST',
      headers,
      body: { title: `Zukunftswerkstatt ${digits}`, _status: 'published' },
    })
    await eventually('the talk is indexed', () => isIndexed(`talks-${talk.json.doc.id}`))

    const groups = [
      { terms: ['Zukunftswerkstatt', 'Ideenlabor'] },
      { terms: ['KI', 'Künstliche Intelligenz'] },
    ]
    expect(
      (await request('/api/globals/searchSettings', { headers: anonymous.headers })).status,
    ).toBe(403)
    const byAuthor = await request('/api/globals/searchSettings', {
      method: 'POST',
      headers: author.headers,
      body: { synonymGroups: groups },
    })
    expect(byAuthor.status).toBe(403)
    const saved = await request('/api/globals/searchSettings', {
      method: 'POST',
      headers,
      body: { synonymGroups: groups },
    })
    expect(saved.status).toBe(200)

    const { json } = await request<{ hits: { docId: string }[] }>('/api/search?q=Ideenlabor')
    expect(json.hits.map((hit) => hit.docId)).toContain(talk.json.doc.id)
    await eventually('Meilisearch has the new synonyms', async () => {
      const synonyms = await meiliAdmin().index('publications-de').getSynonyms()
      return JSON.stringify(synonyms['ideenlabor'] ?? []) === JSON.stringify(['Zukunftswerkstatt'])
    })
  })
})
