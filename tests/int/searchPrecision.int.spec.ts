import { HIGHLIGHT_END, HIGHLIGHT_START } from '../../src/search/highlights'
import type { PublicationSearchResult } from '../../src/search/searchPublications'
import { adminHeaders, request } from '../helpers/actors'
import { eventually, isIndexed } from '../helpers/api'

type Created = { id: string; slug: string }
const ids: Record<string, string> = {}
let topic: Created & { title: string }
let otherTopic: Created & { title: string }

async function createTopic(title: string) {
  const { json } = await request<{ doc: Created }>('/api/topics', {
    method: 'POST',
    headers: await adminHeaders(),
    body: { title },
  })
  return { ...json.doc, title }
}

async function publishTalk(key: string, body: Record<string, unknown>, locale = 'de') {
  const { status, json } = await request<{ doc: { id: string } }>(`/api/talks?locale=${locale}`, {
    method: 'POST',
    headers: await adminHeaders(),
    body: {
      topics: [topic.id],
      publishedAt: '2024-03-05T09:00:00.000Z',
      ...body,
      _status: 'published',
    },
  })
  expect(status).toBe(201)
  ids[key] = json.doc.id
}

async function search(params: Record<string, string | string[]>, scoped = true) {
  const url = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    for (const item of Array.isArray(value) ? value : [value]) url.append(key, item)
  }
  if (scoped) url.append('topics', topic.slug)
  const { status, json } = await request<PublicationSearchResult>(`/api/search?${url}`)
  expect(status).toBe(200)
  return json
}
const found = async (q: string, extra: Record<string, string> = {}) =>
  (await search({ q, ...extra })).hits.map((hit) => hit.docId)

beforeAll(async () => {
  // Digits only after the word: random letters could form word parts that match the queries.
  topic = await createTopic(`Präzisionstest ${Date.now()}`)
  otherTopic = await createTopic(`Kreislaufwirtschaft ${Date.now()}`)
  await publishTalk('professions', { title: 'Frauen in technischen Berufen' })
  await publishTalk('training', { title: 'Berufliche Weiterbildung im Handwerk' })
  await publishTalk('supplyChain', { title: 'Resiliente supply chain im Mittelstand' })
  await publishTalk('ai', { title: 'AI im Büroalltag' })
  await publishTalk('platforms', { title: 'Lernplattformen im Betrieb' })
  await publishTalk('culture', { title: 'Lernkultur im Unternehmen' })
  await publishTalk('sme', { title: 'Förderprogramme für kleine und mittlere Unternehmen' })
  await publishTalk('banks', { title: 'Genossenschaftsbanken als Partner' })
  await publishTalk('chambers', { title: 'Handwerkskammern als Partner' })
  await publishTalk('intelligence', {
    title: 'Wie Künstliche Intelligenz den Arbeitsalltag verändert',
  })
  await publishTalk('practice', { title: 'Forschung und Praxis in Sachsen' })
  await publishTalk('strategies', {
    title: 'Betriebliche Weiterbildungsstrategien',
    publishedAt: '2021-06-22T10:00:00.000Z',
  })
  await publishTalk('nationwide', { title: 'Bundesweiter Ausbau der Kitas' })
  await publishTalk('competences', {
    title: 'Kompetenzen, die Beschäftigte in der digitalen Arbeitswelt brauchen',
  })
  await publishTalk('viaTopic', {
    title: 'Ein Vortrag ohne Bezug im Titel',
    topics: [topic.id, otherTopic.id],
  })
  const panel = await request<{ doc: { id: string } }>('/api/panels', {
    method: 'POST',
    headers: await adminHeaders(),
    body: { title: 'Podium zur Praxis', topics: [topic.id], _status: 'published' },
  })
  ids.panel = panel.json.doc.id
  for (const [key, id] of Object.entries(ids)) {
    const collection = key === 'panel' ? 'panels' : 'talks'
    await eventually(`${key} is indexed`, () => isIndexed(`${collection}-${id}`), 60_000)
  }
})

describe('search precision (German splitting, synonyms, several words)', () => {
  it('"berufliche Weiterbildung" does not match "Berufen"', async () => {
    const hits = await found('berufliche Weiterbildung')
    expect(hits).toContain(ids.training)
    expect(hits).not.toContain(ids.professions)
  })

  it('"AI" does not match "supply chain", but finds AI and its synonyms', async () => {
    const hits = await found('AI')
    expect(hits).toEqual(expect.arrayContaining([ids.ai, ids.intelligence]))
    expect(hits).not.toContain(ids.supplyChain)
  })

  it('"Lernkultur" does not match "Lernplattformen" through its first part', async () => {
    const hits = await found('Lernkultur')
    expect(hits).toContain(ids.culture)
    expect(hits).not.toContain(ids.platforms)
  })

  it('"Weiterbildung" does not match "bundesweiter"', async () => {
    expect(await found('Weiterbildung')).not.toContain(ids.nationwide)
  })

  it('expands acronym plurals: "SMEs" finds kleine und mittlere Unternehmen', async () => {
    expect(await found('SMEs')).toContain(ids.sme)
  })

  it('two words no document shares: both words keep their hits', async () => {
    const hits = await found('Genossenschaftsbanken Handwerkskammern')
    expect(hits).toEqual(expect.arrayContaining([ids.banks, ids.chambers]))
  })

  it('ranks a document with both words above documents with one', async () => {
    const hits = await found('Handwerkskammern Partner')
    expect(hits[0]).toBe(ids.chambers)
    expect(hits).toContain(ids.banks)
  })
})

describe('search hits', () => {
  const marked = (word: string) => `${HIGHLIGHT_START}${word}${HIGHLIGHT_END}`

  it('highlights whole words, never fragments or stop words', async () => {
    const ki = await search({ q: 'Künstliche Intelligenz' })
    const title = ki.hits.find((hit) => hit.docId === ids.intelligence)!.highlighted.title
    expect(title).toContain(marked('Künstliche'))
    expect(title).toContain(marked('Intelligenz'))

    const practice = await search({ q: 'Forschung und Praxis in Sachsen' })
    const text = practice.hits.find((hit) => hit.docId === ids.practice)!.highlighted.title
    expect(text).toBe(`${marked('Forschung')} und ${marked('Praxis')} in ${marked('Sachsen')}`)
  })

  it('highlights the compound a part matched', async () => {
    const { hits } = await search({ q: 'strategien' })
    expect(hits.find((hit) => hit.docId === ids.strategies)!.highlighted.title).toBe(
      `Betriebliche ${marked('Weiterbildungsstrategien')}`,
    )
  })

  it('does not mark words that share only an ending with the query', async () => {
    // Meilisearch splits "Kompetenzen" into kompetenz + en and marks every "-en" ending.
    const { hits } = await search({ q: 'Kompetenzen' })
    expect(hits.find((hit) => hit.docId === ids.competences)!.highlighted.title).toBe(
      `${marked('Kompetenzen')}, die Beschäftigte in der digitalen Arbeitswelt brauchen`,
    )
  })

  it('explains a match through a topic', async () => {
    const { hits } = await search({ q: 'Kreislaufwirtschaft' })
    const hit = hits.find((candidate) => candidate.docId === ids.viaTopic)!
    expect(hit.explanation).toBe(`Thema: ${otherTopic.title}`)
    const english = await search({ q: 'Kreislaufwirtschaft', language: 'en' })
    expect(english.hits.find((h) => h.docId === ids.viaTopic)!.explanation).toBe(
      `Topic: ${otherTopic.title}`,
    )
  })

  it('carries dates and the slugs and ids of topics', async () => {
    const { hits } = await search({ q: 'Weiterbildungsstrategien' })
    const hit = hits.find((candidate) => candidate.docId === ids.strategies)!
    expect(hit.date).toBe('2021-06-22T10:00:00.000Z')
    expect(hit.refs.topics).toEqual([{ id: topic.id, slug: topic.slug, name: topic.title }])
  })
})

describe('search filters and facets', () => {
  it('filters topics by slug or id, and names them in facetLabels', async () => {
    const bySlug = await search({ q: '', topics: otherTopic.slug }, false)
    expect(bySlug.hits.map((hit) => hit.docId)).toEqual([ids.viaTopic])
    const byId = await search({ q: '', topics: otherTopic.id }, false)
    expect(byId.hits.map((hit) => hit.docId)).toEqual([ids.viaTopic])
    expect(bySlug.facetLabels.topics?.[otherTopic.slug]).toBe(otherTopic.title)
  })

  it('counts a facet group without its own filter (disjunctive)', async () => {
    const all = await search({ q: '' })
    expect(all.facets.type).toEqual({ talk: Object.keys(ids).length - 1, panel: 1 })
    const talks = await search({ q: '', type: 'talk' })
    expect(talks.hits.every((hit) => hit.type === 'talk')).toBe(true)
    // Ticking "talk" keeps the panel's count, so a reader can add it.
    expect(talks.facets.type).toEqual(all.facets.type)
    // Other groups are counted within the filter.
    expect(talks.facets.topics?.[topic.slug]).toBe(Object.keys(ids).length - 1)
  })
})
