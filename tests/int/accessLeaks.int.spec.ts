import { randomUUID } from 'node:crypto'

import { adminHeaders, createActor, request, type Actor } from '../helpers/actors'
import { stack, uniqueWord } from '../helpers/api'
import { createPublication } from '../helpers/fixtures'

let admin: Actor
let editor: Actor
let author: Actor
let otherAuthor: Actor

beforeAll(async () => {
  admin = { name: 'admin', role: 'admin', headers: await adminHeaders() }
  ;[editor, author, otherAuthor] = await Promise.all([
    createActor('editor'),
    createActor('author'),
    createActor('author', 'other-author'),
  ])
})

describe('ownership', () => {
  it('an author cannot create a document in another author’s name', async () => {
    const created = await createPublication('talks', author.headers, {
      status: 'draft',
      extra: { createdBy: otherAuthor.userId },
    })
    expect(created.status).toBe(201)
    const stored = await request<{ createdBy: string }>(
      `/api/talks/${created.json.doc.id}?draft=true&depth=0`,
      { headers: admin.headers },
    )
    expect(stored.json.createdBy).toBe(author.userId)
    const asOther = await request(`/api/talks/${created.json.doc.id}?draft=true`, {
      headers: otherAuthor.headers,
    })
    expect(asOther.status).toBe(404)
  })
})

describe('drafts others may not read are indistinguishable from no document', () => {
  let editorsDraft: { id: string; slug: string }

  beforeAll(async () => {
    editorsDraft = (await createPublication('talks', editor.headers, { status: 'draft' })).json.doc
  })

  it('POST /api/talks/access/<id> answers alike for a hidden draft and a made-up id', async () => {
    const ask = (id: string) =>
      request(`/api/talks/access/${id}`, { method: 'POST', headers: author.headers, body: {} })
    const hidden = await ask(editorsDraft.id)
    const madeUp = await ask('0123456789abcdef01234567')
    expect(hidden).toEqual(madeUp)
    // An own document still gets its permissions.
    const own = await createPublication('talks', author.headers, { status: 'draft' })
    expect((await ask(own.json.doc.id)).status).toBe(200)
  })

  it('a slug taken by a hidden draft is not revealed by saving a draft with it', async () => {
    const taken = await createPublication('talks', author.headers, {
      status: 'draft',
      extra: { slug: editorsDraft.slug },
    })
    const fresh = await createPublication('talks', author.headers, {
      status: 'draft',
      extra: { slug: `frei-${randomUUID().slice(0, 8)}` },
    })
    expect(taken.status).toBe(fresh.status)
    expect(taken.status).toBe(201)
  })

  it('slugs stay unique among published documents', async () => {
    const published = await createPublication('talks', editor.headers, { status: 'published' })
    const clash = await createPublication('talks', editor.headers, {
      status: 'published',
      extra: { slug: published.json.doc.slug },
    })
    expect(clash.status).toBe(400)
    expect(JSON.stringify(clash.json)).toContain('slug')
    // An author's draft that shares a hidden draft's slug cannot be published under it.
    const authorsDraft = await createPublication('talks', author.headers, {
      status: 'draft',
      extra: { slug: `geteilt-${uniqueWord().toLowerCase()}` },
    })
    const editorsTwin = await createPublication('talks', editor.headers, {
      status: 'published',
      extra: { slug: authorsDraft.json.doc.slug },
    })
    expect(editorsTwin.status).toBe(201)
    const publish = await request(`/api/talks/${authorsDraft.json.doc.id}`, {
      method: 'PATCH',
      headers: editor.headers,
      body: { _status: 'published' },
    })
    expect(publish.status).toBe(400)
  })
})

describe('the live preview', () => {
  it.each([
    '/%5Cevil.example',
    '/\\evil.example',
    '//evil.example',
    '/%2F%2Fevil.example',
    '/%2fevil.example',
    'https://evil.example/',
    '/\tevil',
    '/vortraege/%5C%5Cevil.example',
  ])('refuses %s and never redirects off the site', async (path) => {
    const response = await fetch(
      new URL(`/preview?path=${encodeURIComponent(path)}`, stack().appUrl),
      { headers: editor.headers, redirect: 'manual' },
    )
    await response.body?.cancel()
    expect(response.status).toBe(400)
    expect(response.headers.get('location')).toBeNull()
  })

  it('still opens a page of the site', async () => {
    const response = await fetch(
      new URL(`/preview?path=${encodeURIComponent('/vortraege/ein-vortrag?x=1')}`, stack().appUrl),
      { headers: editor.headers, redirect: 'manual' },
    )
    await response.body?.cancel()
    expect(response.status).toBe(307)
    expect(response.headers.get('location')).toBe('/vortraege/ein-vortrag?x=1')
  })
})

describe('credentials that are not valid', () => {
  let revokedKey: string
  let validKey: string

  beforeAll(async () => {
    const partner = async () => {
      const key = randomUUID()
      const created = await request<{ doc: { id: string } }>('/api/users', {
        method: 'POST',
        headers: admin.headers,
        body: {
          email: `p-${key.slice(0, 8)}@test.wissenshub.local`,
          password: randomUUID(),
          roles: ['partner'],
          enableAPIKey: true,
          apiKey: key,
        },
      })
      expect(created.status).toBe(201)
      return { key, id: created.json.doc.id }
    }
    validKey = (await partner()).key
    const revoked = await partner()
    revokedKey = revoked.key
    const revoke = await request(`/api/users/${revoked.id}`, {
      method: 'PATCH',
      headers: admin.headers,
      body: { enableAPIKey: false },
    })
    expect(revoke.status).toBe(200)
  })

  const BAD = () => [
    'users API-Key xyz',
    `users API-Key ${randomUUID()}`,
    `users API-Key ${revokedKey}`,
    'JWT not.a.token',
    'Bearer garbage',
    'Basic dXNlcjpwYXNz',
    'users API-Key',
  ]

  it('are answered with 401 problem+json on API v1, REST and GraphQL', async () => {
    for (const authorization of BAD()) {
      for (const [path, init] of [
        ['/api/v1/talks', {}],
        ['/api/talks', {}],
        [
          '/api/graphql',
          {
            method: 'POST',
            body: JSON.stringify({ query: '{ Talks { totalDocs } }' }),
            headers: { 'Content-Type': 'application/json' },
          },
        ],
      ] as const) {
        const response = await fetch(new URL(path, stack().appUrl), {
          ...init,
          headers: { ...('headers' in init ? init.headers : {}), Authorization: authorization },
        })
        const body = await response.text()
        expect({ authorization, path, status: response.status }).toEqual({
          authorization,
          path,
          status: 401,
        })
        expect(response.headers.get('content-type')).toContain('application/problem+json')
        expect(JSON.parse(body)).toMatchObject({ status: 401 })
      }
    }
  })

  it('a valid key and no key at all still work', async () => {
    const noKey: Record<string, string> = {}
    for (const headers of [{ Authorization: `users API-Key ${validKey}` }, noKey]) {
      const v1 = await fetch(new URL('/api/v1/talks', stack().appUrl), { headers })
      await v1.body?.cancel()
      expect(v1.status).toBe(200)
      const rest = await fetch(new URL('/api/talks', stack().appUrl), { headers })
      await rest.body?.cancel()
      expect(rest.status).toBe(200)
    }
  })
})
