import fc from 'fast-check'

import { adminHeaders, createPartnerAccount, request } from '../helpers/actors'
import { stack, uniqueWord } from '../helpers/api'
import { ensureConferenceSeeded } from '../helpers/siteContent'

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

// Every public surface, fuzzed as an anonymous visitor (and a partner on API v1): never a 5xx,
// and never a word of the draft and embargoed items that `createSiteFixtures` makes.
describe('fuzzed requests on every public route: no 5xx, no draft or embargoed text', () => {
  const COLLECTIONS = [
    'events',
    'talks',
    'impulses',
    'panels',
    'researchNotes',
    'pressReleases',
    'people',
    'organisations',
    'topics',
    'media',
    'users',
    'webhookSubscriptions',
    'webhookDeliveries',
    'payload-locked-documents',
    'globals/searchSettings',
  ]
  const FIELDS = [
    'title',
    'slug',
    'id',
    '_status',
    'embargoUntil',
    'publishedAt',
    'speakers',
    'topics',
    'event',
    'event.title',
    'seo.title',
    'workflowStatus',
    'createdBy',
    'email',
    'roles',
    'apiKey',
  ]
  const OPERATORS = [
    'equals',
    'not_equals',
    'in',
    'not_in',
    'all',
    'exists',
    'like',
    'contains',
    'greater_than',
    'less_than_equal',
    'near',
    'within',
    'intersects',
    '$gt',
    '$where',
    '__proto__',
  ]
  let secrets: string[]
  let targets: string[]

  beforeAll(async () => {
    await ensureConferenceSeeded()
    const word = uniqueWord('Fuzzgeheim')
    const yearAhead = new Date(Date.now() + 365 * 24 * 3600 * 1000).toISOString()
    const hiddenItems = [
      ['talks?draft=true', { title: `Entwurf ${word}`, _status: 'draft' }],
      [
        'talks',
        { title: `Gesperrter Vortrag ${word}`, embargoUntil: yearAhead, _status: 'published' },
      ],
      [
        'pressReleases',
        { title: `Gesperrte Meldung ${word}`, embargoUntil: yearAhead, _status: 'published' },
      ],
    ] as const
    const docs = []
    for (const [path, body] of hiddenItems) {
      const created = await request<{ doc: { id: string; slug: string; title: string } }>(
        `/api/${path}`,
        {
          method: 'POST',
          headers: await adminHeaders(),
          body,
        },
      )
      expect(created.status).toBe(201)
      docs.push(created.json.doc)
    }
    secrets = docs.map((doc) => doc.title)
    // Aim at the hidden items too: their ids and slugs as values and path segments.
    targets = docs.flatMap((doc) => [doc.id, doc.slug])
  }, 240_000)

  // Chained, so that the targets are read when values are drawn (after beforeAll), not now.
  const hidden = () => fc.constant(null).chain(() => fc.constantFrom(...targets))
  const odd = fc.oneof(nasty, hidden(), fc.string({ maxLength: 30 }), fc.integer().map(String))

  async function probe(path: string, init: RequestInit = {}) {
    const response = await fetch(new URL(path, stack().appUrl), { redirect: 'manual', ...init })
    const text = await response.text()
    if (response.status >= 500)
      throw new Error(
        `${response.status} for ${init.method ?? 'GET'} ${path}: ${text.slice(0, 300)}`,
      )
    const leaked = secrets.find((secret) => text.includes(secret))
    if (leaked) throw new Error(`"${leaked}" leaked through ${path}`)
  }

  const wherePair = fc.oneof(
    fc
      .tuple(fc.constantFrom(...FIELDS), fc.constantFrom(...OPERATORS), odd)
      .map(([field, op, v]) => [`where[${field.replaceAll('.', '][')}][${op}]`, v] as const),
    fc
      .tuple(
        fc.constantFrom('or', 'and'),
        fc.nat(3),
        fc.constantFrom(...FIELDS),
        fc.constantFrom(...OPERATORS),
        odd,
      )
      .map(([group, i, field, op, v]) => [`where[${group}][${i}][${field}][${op}]`, v] as const),
    odd.map((v) => ['where', v] as const),
  )
  const otherPair = fc.oneof(
    fc.tuple(
      fc.constantFrom(
        'sort',
        'locale',
        'fallback-locale',
        'draft',
        'limit',
        'page',
        'select[title]',
        'populate[people]',
        'trash',
        'pagination',
      ),
      odd,
    ),
    // Depth is bounded here: deep relationship cycles are a cost problem of their own.
    fc.tuple(fc.constant('depth'), fc.constantFrom('0', '1', '2', '-1', 'x', '')),
  )
  const restQuery = fc.array(fc.oneof(wherePair, otherPair), { maxLength: 5 })
  const withQuery = (path: string, pairs: readonly (readonly [string, string])[]) => {
    const search = new URLSearchParams()
    for (const [name, content] of pairs) search.append(name, content)
    return `${path}?${search}`
  }

  it('/api/<collection> with random where, sort, depth, limit, page, locale, draft', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...COLLECTIONS),
        fc.constantFrom('', '/count', '/versions', ...targets.map((t) => `/${t}`)),
        restQuery,
        async (collection, suffix, pairs) => {
          await probe(withQuery(`/api/${collection}${suffix}`, pairs))
          return true
        },
      ),
      { numRuns: 300, seed: 20261201 },
    )
  }, 300_000)

  it('/api/v1, /api/search and /api/graphql with random parameters and bodies', async () => {
    const v1 = fc.constantFrom(
      '/api/v1',
      '/api/v1/talks',
      '/api/v1/press-releases',
      '/api/v1/search',
      '/api/v1/export/talks',
      '/api/search',
      ...targets.map((t) => `/api/v1/talks/${t}`),
      ...targets.map((t) => `/api/v1/press-releases/${t}`),
    )
    await fc.assert(
      fc.asyncProperty(
        v1,
        query,
        fc.constantFrom('GET', 'HEAD', 'POST', 'DELETE'),
        async (path, pairs, method) => {
          await probe(withQuery(path, pairs), { method })
          return true
        },
      ),
      { numRuns: 200, seed: 20261201 },
    )
    const graphqlQuery = fc.oneof(
      fc
        .tuple(
          fc.constantFrom('Talks', 'PressReleases', 'Talk', 'Users'),
          hidden(),
          fc.constantFrom('title', 'id slug', 'title _status'),
        )
        .map(([name, target, fields]) =>
          name.endsWith('s')
            ? `{ ${name}(draft: true, where: { slug: { equals: "${target}" } }) { docs { ${fields} } } }`
            : `{ ${name}(id: "${target}", draft: true) { ${fields} } }`,
        ),
      fc.string({ maxLength: 60 }),
      fc.constantFrom(
        '{',
        'query { ...A } fragment A on Query { ...A }',
        '{ __schema { types { name } } }',
        'x'.repeat(5000),
      ),
    )
    await fc.assert(
      fc.asyncProperty(graphqlQuery, async (graphqlText) => {
        await probe('/api/graphql', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ query: graphqlText }),
        })
        return true
      }),
      { numRuns: 150, seed: 20261201 },
    )
  }, 300_000)

  it('/oai with random verbs and arguments', async () => {
    const argument = fc.tuple(
      fc.constantFrom(
        'verb',
        'metadataPrefix',
        'from',
        'until',
        'set',
        'identifier',
        'resumptionToken',
        'x',
      ),
      fc.oneof(
        odd,
        fc.constantFrom(
          'ListRecords',
          'ListIdentifiers',
          'GetRecord',
          'Identify',
          'ListSets',
          'oai_dc',
          '2026-02-30',
          '2026-01-01T00:00:00Z',
          '9999-99-99',
          'talks',
          'research-notes',
          'e30',
        ),
      ),
    )
    await fc.assert(
      fc.asyncProperty(fc.array(argument, { maxLength: 5 }), async (pairs) => {
        await probe(withQuery('/oai', pairs))
        return true
      }),
      { numRuns: 200, seed: 20261201 },
    )
  }, 300_000)

  it('feeds, citations, the sitemap and site pages with odd segments', async () => {
    const segment = fc.oneof(
      odd,
      fc.constantFrom(
        'vortraege',
        'presse',
        'themen',
        'talks',
        'topics',
        'rss.xml',
        'atom.xml',
        'feed.json',
        '%25',
        '%2e%2e',
        '..',
        '%00',
        '%C3%BC',
      ),
    )
    const encoded = segment.map((s) => (/^%/.test(s) ? s : encodeURIComponent(s)))
    const file = fc.tuple(encoded, fc.constantFrom('.bib', '.ris', '.json', '.txt', ''))
    const path = fc.oneof(
      fc.array(encoded, { minLength: 1, maxLength: 3 }).map((parts) => `/feeds/${parts.join('/')}`),
      fc
        .array(encoded, { minLength: 1, maxLength: 3 })
        .map((parts) => `/en/feeds/${parts.join('/')}`),
      fc.tuple(encoded, file).map(([type, [name, ext]]) => `/zitieren/${type}/${name}${ext}`),
      fc.tuple(encoded, file).map(([type, [name, ext]]) => `/en/cite/${type}/${name}${ext}`),
      fc
        .tuple(
          fc.constantFrom(
            'vortraege',
            'presse',
            'impulse',
            'diskussionen',
            'forschung',
            'personen',
            'themen',
            'veranstaltungen',
            'en/talks',
            'en/press',
            'suche',
            'preview',
          ),
          encoded,
        )
        .map(([type, slug]) => `/${type}/${slug}`),
      encoded.map((q) => `/suche?q=${q}&seite=${q}`),
      encoded.map((q) => `/sitemap.xml?${q}`),
    )
    await fc.assert(
      fc.asyncProperty(path, async (target) => {
        await probe(target)
        return true
      }),
      { numRuns: 300, seed: 20261201 },
    )
  }, 300_000)
})
