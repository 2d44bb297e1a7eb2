import { adminHeaders, anonymous, createActor, request, type Actor } from '../helpers/actors'
import { stack, uniqueWord } from '../helpers/api'

/**
 * API v1 is read-only and the same for everyone: whatever the role behind a key or login, every
 * endpoint answers exactly what an anonymous visitor gets, and nothing can be written through it.
 */
let actors: Actor[]
let draftSlug: string
let slug: string

const ENDPOINTS = [
  '/api/v1/talks?pageSize=100',
  '/api/v1/events',
  '/api/v1/press-releases',
  '/api/v1/people?pageSize=100',
  '/api/v1/topics',
  '/api/v1/organisations',
  '/api/v1/export/talks',
]

beforeAll(async () => {
  const admin: Actor = { name: 'admin', role: 'admin', headers: await adminHeaders() }
  const others = await Promise.all(
    (['editor', 'author', 'press', 'partner'] as const).map((role) => createActor(role)),
  )
  actors = [anonymous, admin, ...others]
  const word = uniqueWord()
  const published = await request<{ doc: { slug: string } }>('/api/talks', {
    method: 'POST',
    headers: admin.headers,
    body: { title: `Matrix ${word}`, _status: 'published' },
  })
  slug = published.json.doc.slug
  const draft = await request<{ doc: { slug: string } }>('/api/talks?draft=true', {
    method: 'POST',
    headers: admin.headers,
    body: { title: `Matrix Entwurf ${word}`, _status: 'draft' },
  })
  draftSlug = draft.json.doc.slug
})

const get = async (path: string, actor: Actor) => {
  const response = await fetch(new URL(path, stack().appUrl), { headers: actor.headers })
  return { status: response.status, body: await response.text() }
}

describe('API v1 permission matrix', () => {
  it.each(ENDPOINTS)('GET %s answers every role exactly as it answers anonymous', async (path) => {
    const seen = await Promise.all(
      actors.map(async (actor) => ({ role: actor.role, ...(await get(path, actor)) })),
    )
    const reference = seen[0]
    expect(reference.status).toBe(200)
    for (const answer of seen) expect(answer).toEqual({ ...reference, role: answer.role })
  })

  it('the published talk is there for every role, the draft for none', async () => {
    for (const actor of actors) {
      expect({
        role: actor.role,
        status: (await get(`/api/v1/talks/${slug}`, actor)).status,
      }).toEqual({
        role: actor.role,
        status: 200,
      })
      expect({
        role: actor.role,
        status: (await get(`/api/v1/talks/${draftSlug}`, actor)).status,
      }).toEqual({ role: actor.role, status: 404 })
    }
  })

  // 405 Method Not Allowed (with `Allow: GET, HEAD`), for every role alike: API v1 only reads.
  it.each(['POST', 'PUT', 'PATCH', 'DELETE'])(
    '%s is not a method of API v1 for any role',
    async (method) => {
      for (const actor of actors) {
        for (const path of ['/api/v1/talks', `/api/v1/talks/${slug}`]) {
          const { status } = await request(path, {
            method,
            headers: actor.headers,
            body: { title: 'x' },
          })
          expect({ role: actor.role, method, path, status }).toEqual({
            role: actor.role,
            method,
            path,
            status: 405,
          })
        }
      }
      expect((await get(`/api/v1/talks/${slug}`, anonymous)).status).toBe(200)
    },
  )
})
