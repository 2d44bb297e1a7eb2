import { paragraphs } from '../../src/seed/richText'
import { HIGHLIGHT_END, HIGHLIGHT_START } from '../../src/search/highlights'
import type { PublicationSearchResult } from '../../src/search/searchPublications'
import { adminHeaders, request } from '../helpers/actors'
import { eventually, isIndexed } from '../helpers/api'

let topic: string
const ids: Record<string, string> = {}

async function publish(collection: string, key: string, body: Record<string, unknown>) {
  const { status, json } = await request<{ doc: { id: string } }>(`/api/${collection}`, {
    method: 'POST',
    headers: await adminHeaders(),
    body: { ...body, _status: 'published', topics: [topicId] },
  })
  expect(status).toBe(201)
  ids[key] = json.doc.id
  return json.doc.id
}

let topicId: string
let topicSlug: string
beforeAll(async () => {
  // Digits only: random letters could form word parts that match the test queries.
  topic = `Suchtest ${Date.now()}`
  const created = await request<{ doc: { id: string; slug: string } }>('/api/topics', {
    method: 'POST',
    headers: await adminHeaders(),
    body: { title: topic },
  })
  topicId = created.json.doc.id
  topicSlug = created.json.doc.slug

  await publish('talks', 'compound', {
    title: 'Betriebliche Weiterbildungsstrategien für morgen',
    publishedAt: '2021-06-22T10:00:00.000Z',
  })
  await publish('talks', 'typo', {
    title: 'Kompetenzentwicklung in kleinen Betrieben',
    publishedAt: '2023-03-01T10:00:00.000Z',
  })
  await publish('talks', 'synonym', {
    title: 'Wie Künstliche Intelligenz Arbeit verändert',
    abstract: 'Chancen für kleine und mittlere Unternehmen',
    publishedAt: '2022-01-10T10:00:00.000Z',
  })
  await publish('impulses', 'acronym', {
    title: 'KI im Betrieb',
    publishedAt: '2022-05-10T10:00:00.000Z',
  })
  await publish('talks', 'bodyOnly', {
    title: 'Ein Vortrag über Arbeitsorganisation',
    body: paragraphs('Nebenbei erwähnt: Lernortkooperation ist ein Thema.'),
    publishedAt: '2024-01-10T10:00:00.000Z',
  })
  await publish('panels', 'finding', {
    title: 'Podium über Wandel',
    findings: [
      {
        anchor: 'lernortkooperation',
        statement: 'Lernortkooperation stärkt die Weiterbildung im Betrieb.',
      },
    ],
    publishedAt: '2020-01-10T10:00:00.000Z',
  })
  for (const [key, id] of Object.entries(ids)) {
    const collection = key === 'finding' ? 'panels' : key === 'acronym' ? 'impulses' : 'talks'
    await eventually(`${key} is indexed`, () => isIndexed(`${collection}-${id}`))
  }
})

async function search(params: Record<string, string | string[]>) {
  const url = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    for (const item of Array.isArray(value) ? value : [value]) url.append(key, item)
  }
  url.append('topics', topicSlug)
  return request<PublicationSearchResult & { errors?: { parameter: string }[] }>(
    `/api/search?${url}`,
  )
}
const hitIds = (result: PublicationSearchResult) => result.hits.map((hit) => hit.docId)

describe('GET /api/search', () => {
  it('finds a German compound word by its parts', async () => {
    const { status, json } = await search({ q: 'Weiterbildung' })
    expect(status).toBe(200)
    expect(hitIds(json)).toContain(ids.compound)
  })

  it('tolerates a typo in a long word', async () => {
    const { json } = await search({ q: 'Kompetenzentwiklung' })
    expect(hitIds(json)).toContain(ids.typo)
  })

  it('does not let a short acronym match by typo', async () => {
    // "KA" is one letter off "KI" and no prefix of any word in these documents.
    expect(hitIds((await search({ q: 'KA' })).json)).toEqual([])
    expect(hitIds((await search({ q: 'KI' })).json)).toContain(ids.acronym)
  })

  it('knows the field synonyms both ways: KI ⇄ Künstliche Intelligenz, KMU', async () => {
    const ki = hitIds((await search({ q: 'KI' })).json)
    expect(ki).toEqual(expect.arrayContaining([ids.synonym, ids.acronym]))
    const longForm = hitIds((await search({ q: 'Künstliche Intelligenz' })).json)
    expect(longForm).toEqual(expect.arrayContaining([ids.synonym, ids.acronym]))
    expect(hitIds((await search({ q: 'KMU' })).json)).toContain(ids.synonym)
  })

  it('counts facets and filters by them', async () => {
    const { json } = await search({ q: '' })
    expect(json.facets.type).toEqual({ talk: 4, panel: 1, impulse: 1 })
    expect(json.facets.topics?.[topicSlug]).toBe(6)
    expect(json.facetLabels.topics?.[topicSlug]).toBe(topic)
    expect(json.facets.year).toMatchObject({ '2021': 1, '2023': 1 })
    const panelsOnly = await search({ q: '', type: 'panel' })
    expect(hitIds(panelsOnly.json)).toEqual([ids.finding])
    const byYear = await search({ q: '', year: ['2021', '2023'] })
    expect(hitIds(byYear.json).sort()).toEqual([ids.compound, ids.typo].sort())
  })

  it('ranks a finding above a mention in a body, across types, and highlights', async () => {
    const { json } = await search({ q: 'Lernortkooperation' })
    expect(hitIds(json).slice(0, 2)).toEqual([ids.finding, ids.bodyOnly])
    // The matched finding, to link to; not the panel's whole list of findings.
    expect(json.hits[0].highlighted.findings).toEqual([
      {
        anchor: 'lernortkooperation',
        statement: `${HIGHLIGHT_START}Lernortkooperation${HIGHLIGHT_END} stärkt die Weiterbildung im Betrieb.`,
      },
    ])
    expect(json.hits[0]).not.toHaveProperty('findings')
    const compound = await search({ q: 'Weiterbildungsstrategien' })
    expect(compound.json.hits[0].highlighted.title).toContain(HIGHLIGHT_START)
  })

  it('sorts by date when asked', async () => {
    const { json } = await search({ q: '', sort: 'date' })
    const dates = json.hits.map((hit) => hit.publishedAt ?? 0)
    expect(dates).toEqual([...dates].sort((a, b) => b - a))
    expect(json.hits[0].docId).toBe(ids.bodyOnly)
  })

  it('paginates', async () => {
    const first = await search({ q: '', sort: 'date', hitsPerPage: '2', page: '1' })
    const second = await search({ q: '', sort: 'date', hitsPerPage: '2', page: '2' })
    expect(first.json.totalHits).toBe(6)
    expect(first.json.totalPages).toBe(3)
    expect(hitIds(first.json)).toHaveLength(2)
    expect(hitIds(second.json).some((id) => hitIds(first.json).includes(id))).toBe(false)
  })

  it('gives English readers German-only content too', async () => {
    const { json } = await search({ q: 'Kompetenzentwicklung', language: 'en' })
    expect(hitIds(json)).toContain(ids.typo)
    expect(json.hits.find((hit) => hit.docId === ids.typo)?.language).toBe('de')
  })

  it('names an event only once it is public (a draft or embargoed event stays out)', async () => {
    const createEvent = async (title: string, extra: Record<string, unknown>) => {
      const { status, json } = await request<{ doc: { id: string; slug: string } }>(
        `/api/events${extra._status === 'draft' ? '?draft=true' : ''}`,
        {
          method: 'POST',
          headers: await adminHeaders(),
          body: { title, startsAt: '2027-06-22T08:00:00.000Z', format: 'virtual', ...extra },
        },
      )
      expect(status).toBe(201)
      return json.doc
    }
    const draftEvent = await createEvent(`Geheimtagung ${Date.now()}`, { _status: 'draft' })
    const embargoedEvent = await createEvent(`Sperrtagung ${Date.now()}`, {
      _status: 'published',
      embargoUntil: new Date(Date.now() + 86_400_000).toISOString(),
    })
    const atDraft = await publish('talks', 'atDraftEvent', {
      title: 'Vortrag auf einer Tagung im Entwurf',
      event: draftEvent.id,
    })
    const atEmbargoed = await publish('talks', 'atEmbargoedEvent', {
      title: 'Vortrag auf einer Tagung unter Sperrfrist',
      event: embargoedEvent.id,
    })
    await eventually('both talks are indexed', async () =>
      (await Promise.all([atDraft, atEmbargoed].map((id) => isIndexed(`talks-${id}`)))).every(
        Boolean,
      ),
    )
    const { json } = await search({ q: 'Vortrag auf einer Tagung' })
    const hits = json.hits.filter((hit) => [atDraft, atEmbargoed].includes(hit.docId))
    expect(hits).toHaveLength(2)
    expect(hits.map((hit) => hit.refs.event)).toEqual([null, null])
    const named = JSON.stringify({ facets: json.facets, labels: json.facetLabels })
    for (const hidden of [draftEvent, embargoedEvent]) expect(named).not.toContain(hidden.slug)
  })

  it.each([
    [{ hitsPerPage: '500' }, 'hitsPerPage'],
    [{ page: '0' }, 'page'],
    [{ sort: 'popularity' }, 'sort'],
    [{ year: 'zweitausend' }, 'year'],
    [{ language: 'fr' }, 'language'],
    [{ colour: 'blue' }, 'colour'],
  ])('answers %j with a 400 naming %s', async (params, parameter) => {
    const { status, json } = await search({ q: 'x', ...params })
    expect(status).toBe(400)
    expect(json.errors?.map((error) => error.parameter).join(' ')).toContain(parameter)
  })
})
