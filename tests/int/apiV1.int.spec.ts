import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { parse } from 'csv-parse/sync'

import {
  adminHeaders,
  anonymous,
  createActor,
  createPartnerAccount,
  graphql,
  request,
  type Actor,
} from '../helpers/actors'
import { eventually, stack, uniqueWord } from '../helpers/api'

type Reference = { id: string; slug: string; title: string }
type PublicationV1 = {
  id: string
  type: string
  slug?: string
  title?: string
  topics?: Reference[]
  people?: { id: string; name: string; role: string }[]
  event?: Reference | null
}
type Page = { items: PublicationV1[]; totalItems: number; page: number; pageSize: number }
type Problem = { status: number; title: string; detail: string; errors?: { parameter: string }[] }
type OpenApi = { openapi: string; paths: Record<string, unknown>; components: object }

const TYPES = ['talks', 'impulses', 'panels', 'research-notes', 'press-releases', 'events']

let partner: Actor
let topic: Reference
let speaker: { id: string; slug: string; name: string }
let talk: { id: string; slug: string; title: string }
let draft: { id: string; slug: string }
let embargoed: { id: string; slug: string }
let validate: (schema: string, body: unknown) => void

const fetchJson = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(new URL(path, stack().appUrl), { headers })
  const text = await response.text()
  return { response, status: response.status, json: text ? JSON.parse(text) : undefined }
}

beforeAll(async () => {
  const admin = await adminHeaders()
  partner = await createActor('partner')
  const word = uniqueWord()
  const created = async <T>(
    collection: string,
    body: Record<string, unknown>,
    draftOnly = false,
  ) => {
    const result = await request<{ doc: T }>(
      `/api/${collection}${draftOnly ? '?draft=true' : ''}`,
      {
        method: 'POST',
        headers: admin,
        body,
      },
    )
    expect(result.status).toBe(201)
    return result.json.doc
  }
  topic = await created<Reference>('topics', { title: `Thema ${word}` })
  speaker = await created('people', { name: `Referentin ${word}` })
  talk = await created('talks', {
    title: `Vortrag ${word}`,
    topics: [topic.id],
    speakers: [speaker.id],
    _status: 'published',
  })
  draft = await created(
    'talks',
    { title: `Entwurf ${word}`, topics: [topic.id], _status: 'draft' },
    true,
  )
  embargoed = await created('pressReleases', {
    title: `Sperrfrist ${word}`,
    topics: [topic.id],
    embargoUntil: new Date(Date.now() + 86_400_000).toISOString(),
    _status: 'published',
  })

  const { json: document } = await fetchJson('/api/v1/openapi.json')
  const ajv = new Ajv2020({ strict: false, allErrors: true })
  addFormats.default(ajv)
  ajv.addSchema({ $id: 'openapi.json', components: (document as OpenApi).components })
  validate = (schema, body) => {
    const check = ajv.getSchema(`openapi.json#/components/schemas/${schema}`) as ValidateFunction
    if (!check(body)) throw new Error(`${schema}: ${ajv.errorsText(check.errors)}`)
  }
})

describe('API v1 follows its OpenAPI 3.1 document', () => {
  it('serves an OpenAPI 3.1 document with both paths', async () => {
    const { json } = await fetchJson('/api/v1/openapi.json')
    expect((json as OpenApi).openapi).toBe('3.1.0')
    expect(Object.keys((json as OpenApi).paths)).toEqual([
      '/{type}',
      '/{type}/{idOrSlug}',
      '/search',
      '/export/{type}',
      '/people',
      '/people/{idOrSlug}',
      '/organisations',
      '/organisations/{idOrSlug}',
      '/topics',
      '/topics/{idOrSlug}',
    ])
  })

  it('has a readable documentation page naming every operation', async () => {
    const { json } = await fetchJson('/api/v1/openapi.json')
    const page = await fetch(new URL('/api/v1/docs', stack().appUrl))
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toContain('text/html')
    const html = await page.text()
    for (const path of Object.keys((json as OpenApi).paths)) {
      expect(html).toContain(`GET ${path}`)
    }
    expect(html).toContain('id="schema-Publication"')
  })

  it.each(TYPES)('lists %s in the documented shape', async (type) => {
    const { status, json } = await fetchJson(`/api/v1/${type}?pageSize=100`)
    expect(status).toBe(200)
    validate('PublicationPage', json)
  })

  it('returns one talk by slug and by id, in the documented shape, with its topic and speaker', async () => {
    for (const key of [talk.slug, talk.id]) {
      const { status, json } = await fetchJson(`/api/v1/talks/${key}`)
      expect(status).toBe(200)
      validate('Publication', json)
      const publication = json as PublicationV1
      expect(publication).toMatchObject({ id: talk.id, type: 'talks', title: talk.title })
      expect(publication.topics).toEqual([{ id: topic.id, slug: topic.slug, title: topic.title }])
      expect(publication.people).toEqual([
        { id: speaker.id, slug: speaker.slug, name: speaker.name, role: 'speaker' },
      ])
    }
  })

  it.each([
    ['people', 'PersonPage'],
    ['organisations', 'OrganisationPage'],
    ['topics', 'TopicPage'],
  ])('lists %s in the documented shape', async (type, schema) => {
    const { status, json } = await fetchJson(`/api/v1/${type}?pageSize=100`)
    expect(status).toBe(200)
    validate(schema, json)
  })

  it('returns the speaker and the topic by slug, in the documented shape', async () => {
    const person = await fetchJson(`/api/v1/people/${speaker.slug}`)
    validate('Person', person.json)
    expect(person.json).toMatchObject({ id: speaker.id, name: speaker.name })
    const byId = await fetchJson(`/api/v1/topics/${topic.id}`)
    validate('Topic', byId.json)
    expect(byId.json).toMatchObject({ slug: topic.slug, title: topic.title })
    expect((await fetchJson('/api/v1/people/niemand-bekanntes')).status).toBe(404)
  })

  it('returns an event with its programme in order, linking only public contributions', async () => {
    const event = await request<{ doc: { id: string } }>('/api/events', {
      method: 'POST',
      headers: await adminHeaders(),
      body: {
        title: `Tagung ${uniqueWord()}`,
        startsAt: '2026-06-22T08:00:00.000Z',
        format: 'virtual',
        _status: 'published',
        programme: [
          { title: 'Eröffnung', kind: 'opening', items: [{ relationTo: 'talks', value: talk.id }] },
          {
            title: 'Vorschau',
            kind: 'keynote',
            items: [{ relationTo: 'talks', value: draft.id }],
            people: [speaker.id],
          },
        ],
      },
    })
    expect(event.status).toBe(201)
    const { status, json } = await fetchJson(`/api/v1/events/${event.json.doc.id}`)
    expect(status).toBe(200)
    validate('Publication', json)
    const { programme, startsAt } = json as {
      programme: {
        title: string
        items: { id: string; type: string }[]
        people: { id: string }[]
      }[]
      startsAt: string
    }
    expect(startsAt).toBe('2026-06-22T08:00:00.000Z')
    expect(programme.map((entry) => entry.title)).toEqual(['Eröffnung', 'Vorschau'])
    expect(programme[0].items).toEqual([expect.objectContaining({ id: talk.id, type: 'talks' })])
    expect(programme[1].items).toEqual([])
    expect(programme[1].people.map((person) => person.id)).toEqual([speaker.id])

    const host = await request<{ doc: { id: string; slug: string } }>('/api/organisations', {
      method: 'POST',
      headers: await adminHeaders(),
      body: { name: `Gastgeber ${uniqueWord()}`, kind: 'regionalCentre' },
    })
    await request(`/api/events/${event.json.doc.id}`, {
      method: 'PATCH',
      headers: await adminHeaders(),
      body: { hosts: [host.json.doc.id] },
    })
    const hosted = await fetchJson(`/api/v1/events?organisation=${host.json.doc.slug}`)
    expect((hosted.json as Page).items.map((item) => item.id)).toEqual([event.json.doc.id])
  })

  it('problems are documented problem+json', async () => {
    const { response, json } = await fetchJson('/api/v1/talks?colour=blue')
    expect(response.headers.get('content-type')).toContain('application/problem+json')
    validate('Problem', json)
  })
})

describe('API v1 serves published content only, to everyone alike', () => {
  it.each([
    ['anonymous', () => anonymous.headers],
    ['a partner key', () => partner.headers],
  ])('%s never sees drafts or embargoed press releases', async (_, headers) => {
    const talks = await fetchJson(`/api/v1/talks?topic=${topic.slug}&pageSize=100`, headers())
    expect((talks.json as Page).items.map((item) => item.id)).toEqual([talk.id])
    const releases = await fetchJson(`/api/v1/press-releases?topic=${topic.slug}`, headers())
    expect((releases.json as Page).totalItems).toBe(0)
    for (const path of [
      `/api/v1/talks/${draft.id}`,
      `/api/v1/talks/${draft.slug}`,
      `/api/v1/press-releases/${embargoed.id}`,
      `/api/v1/press-releases/${embargoed.slug}`,
    ]) {
      const { status, json } = await fetchJson(path, headers())
      expect({ path, status }).toEqual({ path, status: 404 })
      validate('Problem', json)
    }
  })

  it('GraphQL does not describe itself to outsiders (introspection off in production)', async () => {
    const { json } = await graphql<{ __schema?: unknown }>('{ __schema { types { name } } }')
    expect(json.data?.__schema).toBeUndefined()
    expect(json.errors?.[0]?.message).toMatch(/introspection/i)
  })

  it('has no GraphQL playground in production', async () => {
    const response = await fetch(new URL('/api/graphql-playground', stack().appUrl))
    expect(response.status).toBe(404)
  })

  it('a partner key cannot write through the Payload REST API', async () => {
    const { status } = await request('/api/talks', {
      method: 'POST',
      headers: partner.headers,
      body: { title: 'Von außen', _status: 'published' },
    })
    expect(status).toBe(403)
  })
})

describe('API v1 filters, fields and conditional requests', () => {
  it('filters by person and narrows fields', async () => {
    const { json } = await fetchJson(`/api/v1/talks?person=${speaker.slug}&fields=title,slug`)
    expect((json as Page).items).toEqual([
      { id: talk.id, type: 'talks', title: talk.title, slug: talk.slug },
    ])
    validate('PublicationPage', json)
  })

  it('answers If-None-Match with 304 while nothing changed, and 200 after a change', async () => {
    const path = `/api/v1/talks/${talk.id}`
    const first = await fetchJson(path)
    const etag = first.response.headers.get('etag')
    expect(etag).toBeTruthy()
    expect(first.response.headers.get('cache-control')).toMatch(/max-age=\d+/)
    const again = await fetch(new URL(path, stack().appUrl), {
      headers: { 'If-None-Match': etag! },
    })
    expect(again.status).toBe(304)

    const renamed = await request(`/api/talks/${talk.id}`, {
      method: 'PATCH',
      headers: await adminHeaders(),
      body: { title: `${talk.title} (überarbeitet)` },
    })
    expect(renamed.status).toBe(200)
    const changed = await fetch(new URL(path, stack().appUrl), {
      headers: { 'If-None-Match': etag! },
    })
    expect(changed.status).toBe(200)
    expect(changed.headers.get('etag')).not.toBe(etag)
  })
})

describe('API v1 refuses bad requests with 4xx that say what to fix', () => {
  it.each([
    ['/api/v1/talks?colour=blue', 'colour'],
    ['/api/v1/talks?pageSize=1000', 'pageSize'],
    ['/api/v1/talks?from=gestern', 'from'],
    ['/api/v1/talks?fields=title,password', 'fields'],
    ['/api/v1/talks?topic=Not%20A%20Slug', 'topic'],
    ['/api/v1/talks/x?page=2', 'page'],
  ])('%s is a 400 naming %s', async (path, parameter) => {
    const { status, json } = await fetchJson(path)
    expect(status).toBe(400)
    expect((json as Problem).errors?.map((error) => error.parameter)).toContain(parameter)
  })

  it('a request body over 1 MB is a 413 before anything reads it', async () => {
    const response = await fetch(new URL('/api/talks', stack().appUrl), {
      method: 'POST',
      headers: { ...(await adminHeaders()), 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'Zu groß', summary: 'x'.repeat(1_200_000) }),
    })
    expect(response.status).toBe(413)
    expect(response.headers.get('content-type')).toContain('application/problem+json')
    const { totalDocs } = (
      await request<{ totalDocs: number }>('/api/talks?where[title][equals]=Zu%20gro%C3%9F', {
        headers: await adminHeaders(),
      })
    ).json
    expect(totalDocs).toBe(0)
  })

  it('an unknown type is a 404 that lists the types', async () => {
    const { status, json } = await fetchJson('/api/v1/podcasts')
    expect(status).toBe(404)
    expect((json as Problem).detail).toContain('research-notes')
  })
})

describe('API v1 search', () => {
  it('finds the talk across types with facets and highlights, in the documented shape', async () => {
    const word = talk.title.split(' ')[1]
    type Result = {
      items: { id: string; type: string; highlight: { title: string } }[]
      facets: { type: Record<string, number> }
    }
    let result: Result | undefined
    await eventually('the talk is searchable', async () => {
      const { json } = await fetchJson(`/api/v1/search?q=${encodeURIComponent(word)}`)
      result = json as Result
      return result.items.some((item) => item.id === talk.id)
    })
    validate('SearchResult', result)
    const hit = result!.items.find((item) => item.id === talk.id)!
    expect(hit.type).toBe('talks')
    expect(hit.highlight.title).toMatch(/<mark>[^<]+<\/mark>/)
    expect(result!.facets.type.talks).toBeGreaterThanOrEqual(1)

    const onlyPanels = await fetchJson(`/api/v1/search?q=${encodeURIComponent(word)}&type=panels`)
    const panelsOnly = (onlyPanels.json as Result).items
    expect(panelsOnly.every((item) => item.type === 'panels')).toBe(true)
    expect(panelsOnly.map((item) => item.id)).not.toContain(talk.id)
    const bad = await fetchJson('/api/v1/search?type=podcasts')
    expect(bad.status).toBe(400)
  })
})

describe('API v1 bulk export', () => {
  it('exports every published talk as JSON in the documented shape, and the same as CSV', async () => {
    const { status, json } = await fetchJson('/api/v1/export/talks')
    expect(status).toBe(200)
    const items = json as PublicationV1[]
    items.forEach((item) => validate('Publication', item))
    const ids = items.map((item) => item.id)
    expect(ids).toContain(talk.id)
    expect(ids).not.toContain(draft.id)

    const csv = await fetch(new URL('/api/v1/export/talks?format=csv', stack().appUrl))
    expect(csv.headers.get('content-type')).toContain('text/csv')
    expect(csv.headers.get('content-disposition')).toContain('wissenshub-talks-de.csv')
    const text = await csv.text()
    // RFC 4180: every line ends in CRLF.
    expect(text.split('\r\n').some((line) => line.includes('\n'))).toBe(false)
    expect(text.endsWith('\r\n')).toBe(true)
    const records = parse(text.replace(/^\uFEFF/, ''), { columns: true }) as Record<
      string,
      string
    >[]
    expect(records.map((record) => record.id)).toEqual(ids)
    const row = records.find((record) => record.id === talk.id)!
    expect(row).toMatchObject({ type: 'talks', topics: topic.slug, people: speaker.name })
  })

  it('has no export of drafts-only or unknown types', async () => {
    expect((await fetchJson('/api/v1/export/people')).status).toBe(404)
    expect((await fetchJson('/api/v1/export/talks?format=xml')).status).toBe(400)
  })
})

describe('API v1 CORS', () => {
  it('lets browsers call from the origins an admin entered on a partner, and from no others', async () => {
    const portal = 'https://portal.partner.example'
    expect((await createPartnerAccount({ allowedOrigins: [portal] })).status).toBe(201)

    const url = new URL('/api/v1/talks', stack().appUrl)
    const fromPortal = await fetch(url, { headers: { Origin: portal } })
    expect(fromPortal.headers.get('access-control-allow-origin')).toBe(portal)
    const preflight = await fetch(url, {
      method: 'OPTIONS',
      headers: {
        Origin: portal,
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization',
      },
    })
    expect(preflight.headers.get('access-control-allow-origin')).toBe(portal)
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/authorization/i)

    const elsewhere = await fetch(url, { headers: { Origin: 'https://evil.example' } })
    expect(elsewhere.headers.get('access-control-allow-origin')).toBeNull()

    // The site search is served outside the proxy and Payload's REST handler, with their CORS.
    const search = new URL('/api/search?q=KI', stack().appUrl)
    const searchFromPortal = await fetch(search, { headers: { Origin: portal } })
    expect(searchFromPortal.headers.get('access-control-allow-origin')).toBe(portal)
    const searchPreflight = await fetch(search, {
      method: 'OPTIONS',
      headers: { Origin: portal, 'Access-Control-Request-Method': 'GET' },
    })
    expect(searchPreflight.status).toBe(204)
    expect(searchPreflight.headers.get('access-control-allow-origin')).toBe(portal)
    const searchElsewhere = await fetch(search, { headers: { Origin: 'https://evil.example' } })
    expect(searchElsewhere.headers.get('access-control-allow-origin')).toBeNull()

    const withPath = await createPartnerAccount({
      allowedOrigins: ['https://portal.partner.example/some/path'],
    })
    expect(withPath.status).toBe(400)
  })
})

describe('API v1 rate limits', () => {
  it('answers 429 with Retry-After past a key’s quota, and serves it again after the window', async () => {
    const { status, headers } = await createPartnerAccount({ apiRateLimit: 3 })
    expect(status).toBe(201)

    const statuses: number[] = []
    let limited: Response | undefined
    for (let i = 0; i < 4; i += 1) {
      const response = await fetch(new URL('/api/v1/events', stack().appUrl), { headers })
      statuses.push(response.status)
      if (response.status === 429) limited = response
      else expect(response.headers.get('ratelimit')).toMatch(/^limit=3, remaining=\d, reset=\d+$/)
    }
    expect(statuses).toEqual([200, 200, 200, 429])
    const retryAfter = Number(limited!.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThanOrEqual(1)
    validate('Problem', await limited!.json())

    await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000 + 200))
    const recovered = await fetch(new URL('/api/v1/events', stack().appUrl), { headers })
    expect(recovered.status).toBe(200)
  })

  it('an admin may set a partner’s quota, nobody else', async () => {
    const editor = await createActor('editor')
    const denied = await request(`/api/users/${editor.userId}`, {
      method: 'PATCH',
      headers: editor.headers,
      body: { apiRateLimit: 1_000_000 },
    })
    const { json } = await request<{ apiRateLimit?: number }>(`/api/users/${editor.userId}`, {
      headers: await adminHeaders(),
    })
    expect(denied.status).toBeLessThan(500)
    expect(json.apiRateLimit ?? null).toBeNull()
  })
})
