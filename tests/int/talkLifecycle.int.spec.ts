import {
  eventually,
  getPage,
  isIndexed,
  loginAsAdmin,
  rest,
  staysFalse,
  uniqueWord,
} from '../helpers/api'

type TalkDoc = { id: string; slug: string; title: string; _status: 'draft' | 'published' }

let token: string
beforeAll(async () => {
  token = await loginAsAdmin()
})

async function createTalk(title: string, status: 'draft' | 'published') {
  const { status: code, json } = await rest<{ doc: TalkDoc }>('/api/talks', {
    method: 'POST',
    token,
    query: status === 'draft' ? { draft: 'true' } : {},
    body: {
      title,
      speakerName: 'Erika Musterfrau',
      abstract: `Kurzfassung zu ${title}`,
      _status: status,
    },
  })
  expect(code).toBe(201)
  return json.doc
}

/**
 * Whether the word is in the visible text of the result list (the page also echoes the query;
 * highlighting may mark only a part of a compound word, so tags are dropped first).
 */
const searchPageShows = async (word: string) => {
  const { html } = await getPage(`/suche?q=${encodeURIComponent(word)}`)
  const results = html.match(/<ol[^>]*data-testid="search-results"[^>]*>([\s\S]*?)<\/ol>/)
  return Boolean(results?.[1]?.replace(/<[^>]+>/g, '').includes(word))
}

describe('a talk from draft to search and back', () => {
  it('keeps a draft out of the index, the search page and the public API', async () => {
    const word = uniqueWord()
    const draft = await createTalk(`Entwurf ${word}`, 'draft')

    await staysFalse('the draft to be indexed', () => isIndexed(`talks-${draft.id}`))
    expect(await searchPageShows(word)).toBe(false)

    const anonymous = await rest<{ docs: TalkDoc[] }>('/api/talks', { query: { limit: '100' } })
    expect(anonymous.status).toBe(200)
    expect(anonymous.json.docs.map((doc) => doc.id)).not.toContain(draft.id)
    expect(anonymous.json.docs.every((doc) => doc._status === 'published')).toBe(true)

    const direct = await rest(`/api/talks/${draft.id}`)
    expect(direct.status).toBe(404)
  })

  it('makes a published talk searchable within seconds, then removes it on unpublish and delete', async () => {
    const word = uniqueWord()
    const talk = await createTalk(`Lernkultur ${word}`, 'draft')

    const published = await rest<{ doc: TalkDoc }>(`/api/talks/${talk.id}`, {
      method: 'PATCH',
      token,
      body: { _status: 'published' },
    })
    expect(published.status).toBe(200)
    await eventually(
      'the published talk is in the index',
      () => isIndexed(`talks-${talk.id}`),
      60_000,
    )
    await eventually('the search page finds it', () => searchPageShows(word), 5_000)

    const page = await getPage(`/vortraege/${talk.slug}`)
    expect(page.status).toBe(200)
    expect(page.html).toContain(word)

    const anonymous = await rest<{ docs: TalkDoc[] }>('/api/talks', { query: { limit: '100' } })
    expect(anonymous.json.docs.map((doc) => doc.id)).toContain(talk.id)

    const unpublished = await rest(`/api/talks/${talk.id}`, {
      method: 'PATCH',
      token,
      body: { _status: 'draft' },
    })
    expect(unpublished.status).toBe(200)
    await eventually(
      'the unpublished talk leaves the index',
      async () => !(await isIndexed(`talks-${talk.id}`)),
      60_000,
    )
    expect(await searchPageShows(word)).toBe(false)
    expect((await getPage(`/vortraege/${talk.slug}`)).status).toBe(404)

    await rest(`/api/talks/${talk.id}`, { method: 'PATCH', token, body: { _status: 'published' } })
    await eventually('the republished talk is back', () => isIndexed(`talks-${talk.id}`), 60_000)
    const deleted = await rest(`/api/talks/${talk.id}`, { method: 'DELETE', token })
    expect(deleted.status).toBe(200)
    await eventually(
      'the deleted talk leaves the index',
      async () => !(await isIndexed(`talks-${talk.id}`)),
      60_000,
    )
  })

  it('indexes the English version into the English index', async () => {
    const word = uniqueWord('Keyword')
    const talk = await createTalk(`Deutscher Titel ${word}`, 'published')
    const english = await rest(`/api/talks/${talk.id}`, {
      method: 'PATCH',
      token,
      query: { locale: 'en' },
      body: { title: `English title ${word}`, _status: 'published' },
    })
    expect(english.status).toBe(200)
    await eventually('the English record exists', () => isIndexed(`talks-${talk.id}`, 'en'), 60_000)
    await eventually('the German record exists', () => isIndexed(`talks-${talk.id}`, 'de'), 60_000)
  })
})
