import fc from 'fast-check'

import { adminHeaders, createPartnerAccount, request } from '../helpers/actors'
import { stack } from '../helpers/api'

const KNOWN_PARAMETERS = [
  'page',
  'pageSize',
  'sort',
  'language',
  'topic',
  'person',
  'event',
  'from',
  'to',
  'fields',
  'q',
  'type',
  'topics',
  'year',
  'hitsPerPage',
]
const PATHS = [
  '/api/v1/talks',
  '/api/v1/panels',
  '/api/v1/press-releases',
  '/api/v1/people',
  '/api/v1/topics',
  '/api/v1/talks/eroeffnung',
  '/api/search',
]

// Strings that have broken parsers elsewhere: numbers at the edges, operators, unicode, nulls.
const nasty = fc.constantFrom(
  '',
  '0',
  '-1',
  '1e309',
  'NaN',
  '9007199254740993',
  '[object Object]',
  '{"$gt":""}',
  '__proto__',
  'constructor',
  '../../etc/passwd',
  '%00',
  '\u0000',
  '🙂'.repeat(50),
  'ä'.repeat(300),
  'title,title,,',
  '2026-02-30',
)
const value = fc.oneof(
  nasty,
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.integer().map(String),
)
const key = fc.oneof(fc.constantFrom(...KNOWN_PARAMETERS), fc.string({ maxLength: 12 }))
const query = fc.array(fc.tuple(key, value), { maxLength: 6 })

let headers: Record<string, string>

beforeAll(async () => {
  // A partner with a quota the fuzzing cannot exhaust: the handlers must see every request.
  const partner = await createPartnerAccount({ apiRateLimit: 1_000_000 })
  expect(partner.status).toBe(201)
  headers = partner.headers
})

describe('fuzzed requests never make the API fail with a 5xx', () => {
  it('2,000 random query strings on the v1 and search endpoints', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...PATHS), query, async (path, pairs) => {
        const url = new URL(path, stack().appUrl)
        for (const [name, content] of pairs) url.searchParams.append(name, content)
        const response = await fetch(url, { headers })
        await response.arrayBuffer()
        if (response.status >= 500) throw new Error(`${response.status} for ${url.search}`)
        return true
      }),
      { numRuns: 2_000, seed: 20261125 },
    )
  }, 300_000)

  it('1,000 random JSON bodies saved over a draft talk are a 2xx or a 4xx, never a 5xx', async () => {
    const admin = await adminHeaders()
    const draft = await request<{ doc: { id: string } }>('/api/talks?draft=true', {
      method: 'POST',
      headers: admin,
      body: { title: 'Fuzz-Entwurf', _status: 'draft' },
    })
    expect(draft.status).toBe(201)
    const FIELDS = [
      'title',
      'slug',
      'abstract',
      'session',
      'kind',
      'speakers',
      'topics',
      'event',
      'body',
      'quotes',
      'embargoUntil',
      'publishedAt',
      'related',
      'workflowStatus',
    ]
    const anyJson = fc.jsonValue({ maxDepth: 3 })
    const body = fc.dictionary(
      fc.oneof(fc.constantFrom(...FIELDS), fc.string({ maxLength: 10 })),
      fc.oneof(anyJson, nasty),
      { maxKeys: 5 },
    )
    await fc.assert(
      fc.asyncProperty(body, async (data) => {
        const response = await fetch(
          new URL(`/api/talks/${draft.json.doc.id}?draft=true`, stack().appUrl),
          {
            method: 'PATCH',
            headers: { ...admin, 'Content-Type': 'application/json' },
            body: JSON.stringify({ ...data, _status: 'draft' }),
          },
        )
        const text = await response.text()
        if (response.status >= 500)
          throw new Error(`${response.status} for ${JSON.stringify(data)}: ${text.slice(0, 300)}`)
        return true
      }),
      { numRuns: 1_000, seed: 20261125 },
    )
  }, 300_000)

  it('1,000 random type and id segments', async () => {
    await fc.assert(
      fc.asyncProperty(value, value, async (type, idOrSlug) => {
        const path = `/api/v1/${encodeURIComponent(type)}/${encodeURIComponent(idOrSlug)}`
        const response = await fetch(new URL(path, stack().appUrl), { headers })
        await response.arrayBuffer()
        if (response.status >= 500) throw new Error(`${response.status} for ${path}`)
        return true
      }),
      { numRuns: 1_000, seed: 20261125 },
    )
  }, 300_000)
})
