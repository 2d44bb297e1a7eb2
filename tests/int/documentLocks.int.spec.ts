import { adminHeaders, createActor, graphql, request, type Actor } from '../helpers/actors'
import { createPublication } from '../helpers/fixtures'

type Lock = { id: string; document?: { relationTo: string; value: string | { id: string } } }
const DENIED = [403, 404]
const LOCKS = '/api/payload-locked-documents'

let admin: Actor
let editor: Actor
let author: Actor
let press: Actor
let partner: Actor
let published: string
let authorsDraft: string

beforeAll(async () => {
  admin = { name: 'admin', role: 'admin', headers: await adminHeaders() }
  ;[editor, author, press, partner] = await Promise.all([
    createActor('editor'),
    createActor('author'),
    createActor('press'),
    createActor('partner'),
  ])
  published = (await createPublication('talks', editor.headers, { status: 'published' })).json.doc
    .id
  authorsDraft = (await createPublication('talks', author.headers, { status: 'draft' })).json.doc.id
})

const lockBody = (actor: Actor, id: string) => ({
  document: { relationTo: 'talks', value: id },
  user: { relationTo: 'users', value: actor.userId },
})

const lock = (actor: Actor, id: string) =>
  request<{ doc?: Lock }>(LOCKS, {
    method: 'POST',
    headers: actor.headers,
    body: lockBody(actor, id),
  })

async function locksOn(id: string, actor: Actor = admin) {
  const { json } = await request<{ docs?: Lock[] }>(
    `${LOCKS}?where[document.value][equals]=${id}&depth=0`,
    { headers: actor.headers },
  )
  return json.docs ?? []
}

async function unlockAll(id: string) {
  for (const { id: lockId } of await locksOn(id)) {
    await request(`${LOCKS}/${lockId}`, { method: 'DELETE', headers: admin.headers })
  }
}

describe('document locks (who is editing what)', () => {
  afterEach(async () => {
    await unlockAll(published)
    await unlockAll(authorsDraft)
  })

  it('partners and press cannot lock a document over REST, so editors are never blocked', async () => {
    for (const actor of [partner, press]) {
      const { status } = await lock(actor, published)
      expect(DENIED).toContain(status)
    }
    expect(await locksOn(published)).toHaveLength(0)
    const edit = await request(`/api/talks/${published}`, {
      method: 'PATCH',
      headers: editor.headers,
      body: { title: 'Titel nach dem Sperrversuch' },
    })
    expect(edit.status).toBe(200)
  })

  it('partners and press cannot lock over GraphQL either', async () => {
    for (const actor of [partner, press]) {
      const { json } = await graphql(
        `mutation { createPayloadLockedDocument(data: {
          document: { relationTo: talks, value: "${published}" },
          user: { relationTo: users, value: "${actor.userId}" }
        }) { id } }`,
        actor.headers,
      )
      expect(json.errors?.length).toBeGreaterThan(0)
    }
    expect(await locksOn(published)).toHaveLength(0)
  })

  it('only those who may edit a document see its lock, change it or remove it', async () => {
    const created = await lock(editor, published)
    expect(created.status).toBe(201)
    const lockId = created.json.doc!.id
    for (const actor of [partner, press, author]) {
      expect(await locksOn(published, actor)).toHaveLength(0)
      const read = await request(`${LOCKS}/${lockId}`, { headers: actor.headers })
      expect(DENIED).toContain(read.status)
      const patched = await request(`${LOCKS}/${lockId}`, {
        method: 'PATCH',
        headers: actor.headers,
        body: { user: { relationTo: 'users', value: actor.userId } },
      })
      expect(DENIED).toContain(patched.status)
      const deleted = await request(`${LOCKS}/${lockId}`, {
        method: 'DELETE',
        headers: actor.headers,
      })
      expect(DENIED).toContain(deleted.status)
    }
    expect(await locksOn(published, editor)).toHaveLength(1)
    const removed = await request(`${LOCKS}/${lockId}`, {
      method: 'DELETE',
      headers: editor.headers,
    })
    expect(removed.status).toBe(200)
  })

  it('authors lock their own drafts, not others’ documents, and never in someone else’s name', async () => {
    expect((await lock(author, authorsDraft)).status).toBe(201)
    expect(await locksOn(authorsDraft, author)).toHaveLength(1)
    expect(DENIED).toContain((await lock(author, published)).status)
    const inEditorsName = await request(LOCKS, {
      method: 'POST',
      headers: author.headers,
      body: lockBody(editor, authorsDraft),
    })
    expect(DENIED).toContain(inEditorsName.status)
  })
})
