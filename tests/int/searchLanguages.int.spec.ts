import type { PublicationSearchResult } from '../../src/search/searchPublications'
import { adminHeaders, request } from '../helpers/actors'
import { eventually, isIndexed, staysFalse, uniqueWord } from '../helpers/api'
import { plainSearchRequest } from '../../scripts/bench/plainSearch'

const hitIds = async (q: string, language: 'de' | 'en') => {
  const { json } = await request<PublicationSearchResult>(
    `/api/search?q=${encodeURIComponent(q)}&language=${language}`,
  )
  return json.hits.map((hit) => hit.docId)
}

describe('every public item is searchable in both reader languages', () => {
  it('finds an item written only in English from German and English search', async () => {
    const word = uniqueWord('Englishonly')
    const { status, json } = await request<{ doc: { id: string } }>('/api/talks?locale=en', {
      method: 'POST',
      headers: await adminHeaders(),
      body: { title: `Working futures ${word}`, _status: 'published' },
    })
    expect(status).toBe(201)
    await eventually(
      'the English-only talk is indexed for German readers',
      () => isIndexed(`talks-${json.doc.id}`, 'de'),
      60_000,
    )
    await eventually(
      'the English-only talk is indexed for English readers',
      () => isIndexed(`talks-${json.doc.id}`, 'en'),
      60_000,
    )
    expect(await hitIds(word, 'de')).toEqual([json.doc.id])
    expect(await hitIds(word, 'en')).toEqual([json.doc.id])
  })
})

describe('the sync reads by id and checks publicness in code', () => {
  it('never indexes a draft, nor the draft of a published item', async () => {
    const draftWord = uniqueWord('Entwurfsprobe')
    const draft = await request<{ doc: { id: string } }>('/api/talks', {
      method: 'POST',
      headers: await adminHeaders(),
      body: { title: `Entwurf ${draftWord}`, _status: 'draft' },
    })
    await staysFalse('the draft is indexed', () => isIndexed(`talks-${draft.json.doc.id}`), 2_000)

    const publishedWord = uniqueWord('Veroeffentlicht')
    const published = await request<{ doc: { id: string } }>('/api/talks', {
      method: 'POST',
      headers: await adminHeaders(),
      body: { title: `Stand ${publishedWord}`, _status: 'published' },
    })
    const id = published.json.doc.id
    await eventually('the published talk is indexed', () => isIndexed(`talks-${id}`), 60_000)
    const secretWord = uniqueWord('Geheimentwurf')
    await request(`/api/talks/${id}?draft=true`, {
      method: 'PATCH',
      headers: await adminHeaders(),
      body: { title: `Stand ${secretWord}`, _status: 'draft' },
    })
    await staysFalse('the draft title is searchable', async () =>
      (await hitIds(secretWord, 'de')).includes(id),
    )
    expect(await hitIds(publishedWord, 'de')).toEqual([id])

    // Unpublished: the sync reads it by id, finds it is no longer public and removes it.
    const unpublished = await request(`/api/talks/${id}`, {
      method: 'PATCH',
      headers: await adminHeaders(),
      body: { _status: 'draft' },
    })
    expect(unpublished.status).toBe(200)
    await eventually(
      'the unpublished talk leaves the index',
      async () => !(await isIndexed(`talks-${id}`)),
      60_000,
    )
  })
})

describe('the benchmark baseline', () => {
  it('is a plain search: the same words, 10 hits, nothing else', () => {
    const { url, init } = plainSearchRequest('http://meili:7700', 'key', {
      query: 'KI im Betrieb',
      language: 'en',
      filters: { type: ['talk'] },
      sort: 'date',
      page: 2,
    })
    expect(url).toBe('http://meili:7700/indexes/publications-en/search')
    expect(init.method).toBe('POST')
    expect(JSON.parse(String(init.body))).toEqual({ q: 'KI im Betrieb', limit: 10 })
    // As the hub asks Meilisearch: uncompressed (src/search/meiliClients.ts).
    expect(new Headers(init.headers).get('accept-encoding')).toBe('identity')
  })
})
