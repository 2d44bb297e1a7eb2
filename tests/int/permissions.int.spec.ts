import { randomUUID } from 'node:crypto'

import sharp from 'sharp'

import { PUBLICATION_COLLECTIONS, type PublicationCollection } from '../../src/publicationTypes'
import {
  adminHeaders,
  anonymous,
  createAccount,
  createActor,
  graphql,
  request,
  type Actor,
} from '../helpers/actors'
import { stack, uniqueWord } from '../helpers/api'
import { createPublication } from '../helpers/fixtures'

type Docs = { docs: { id: string }[] }
const DENIED = [403, 404]

let admin: Actor
let editor: Actor
let author: Actor
let otherAuthor: Actor
let press: Actor
let partner: Actor
let personId: string

beforeAll(async () => {
  admin = { name: 'admin', role: 'admin', headers: await adminHeaders() }
  ;[editor, author, otherAuthor, press, partner] = await Promise.all([
    createActor('editor'),
    createActor('author'),
    createActor('author', 'other-author'),
    createActor('press'),
    createActor('partner'),
  ])
  const person = await request<{ doc: { id: string } }>('/api/people', {
    method: 'POST',
    headers: admin.headers,
    body: { name: 'Erika Musterfrau' },
  })
  personId = person.json.doc.id
})

async function listIds(collection: string, actor: Actor) {
  const { status, json } = await request<Docs>(`/api/${collection}?limit=1000&depth=0`, {
    headers: actor.headers,
  })
  expect(status).toBe(200)
  return json.docs.map((doc) => doc.id)
}

describe.each(PUBLICATION_COLLECTIONS)('%s', (collection: PublicationCollection) => {
  let published: string
  let editorsDraft: string
  let authorsDraft: string

  beforeAll(async () => {
    const make = async (actor: Actor, status: 'draft' | 'published') => {
      const { status: code, json } = await createPublication(collection, actor.headers, {
        status,
        personId,
      })
      expect(code).toBe(201)
      return json.doc.id
    }
    published = await make(editor, 'published')
    editorsDraft = await make(editor, 'draft')
    authorsDraft = await make(author, 'draft')
  })

  it('anonymous readers, partners and press see published documents only', async () => {
    for (const actor of [anonymous, partner, press]) {
      const ids = await listIds(collection, actor)
      expect(ids).toContain(published)
      expect(ids).not.toContain(editorsDraft)
      expect(ids).not.toContain(authorsDraft)
      const draft = await request(`/api/${collection}/${editorsDraft}`, { headers: actor.headers })
      expect(draft.status).toBe(404)
    }
  })

  it('authors see published documents and their own drafts, not other drafts', async () => {
    const ids = await listIds(collection, author)
    expect(ids).toEqual(expect.arrayContaining([published, authorsDraft]))
    expect(ids).not.toContain(editorsDraft)
    expect(await listIds(collection, otherAuthor)).not.toContain(authorsDraft)
  })

  it('editors and admins see everything', async () => {
    for (const actor of [editor, admin]) {
      expect(await listIds(collection, actor)).toEqual(
        expect.arrayContaining([published, editorsDraft, authorsDraft]),
      )
    }
  })

  it('only authors, editors and admins create; only editors and admins publish', async () => {
    for (const actor of [anonymous, partner, press]) {
      expect(
        (await createPublication(collection, actor.headers, { status: 'draft', personId })).status,
      ).toBe(403)
    }
    for (const actor of [author, editor, admin]) {
      expect(
        (await createPublication(collection, actor.headers, { status: 'draft', personId })).status,
      ).toBe(201)
    }
    const authorPublishes = await createPublication(collection, author.headers, {
      status: 'published',
      personId,
    })
    expect(authorPublishes.status).toBe(403)
    expect(JSON.stringify(authorPublishes.json)).toContain('Only editors and admins may publish')

    const submit = await request(`/api/${collection}/${authorsDraft}?draft=true`, {
      method: 'PATCH',
      headers: author.headers,
      body: { workflowStatus: 'inReview' },
    })
    expect(submit.status).toBe(200)
    const publishByAuthor = await request(`/api/${collection}/${authorsDraft}`, {
      method: 'PATCH',
      headers: author.headers,
      body: { _status: 'published' },
    })
    expect(publishByAuthor.status).toBe(403)
  })

  it('authors read the versions of their own documents only (REST and GraphQL); readers none', async () => {
    const versionsOf = async (actor: Actor) => {
      const { status, json } = await request<{ docs: { parent: string }[] }>(
        `/api/${collection}/versions?limit=1000&depth=0`,
        { headers: actor.headers },
      )
      return { status, parents: new Set(json.docs?.map((version) => version.parent)) }
    }
    const ofAuthor = await versionsOf(author)
    expect(ofAuthor.status).toBe(200)
    expect(ofAuthor.parents.has(authorsDraft)).toBe(true)
    expect(ofAuthor.parents.has(editorsDraft) || ofAuthor.parents.has(published)).toBe(false)
    const ofEditor = await versionsOf(editor)
    for (const id of [published, editorsDraft, authorsDraft])
      expect(ofEditor.parents.has(id)).toBe(true)
    expect(DENIED).toContain((await versionsOf(partner)).status)

    const typeName = collection.charAt(0).toUpperCase() + collection.slice(1)
    const { json } = await graphql<Record<string, { docs: { parent: { id: string } }[] }>>(
      `{ versions${typeName}(limit: 100) { docs { parent { id } } } }`,
      author.headers,
    )
    expect(json.errors).toBeUndefined()
    const parents = json.data![`versions${typeName}`]!.docs.map((version) => version.parent.id)
    expect(parents).toContain(authorsDraft)
    expect(parents).not.toContain(editorsDraft)
    expect(parents).not.toContain(published)
  })

  it('authors edit only their own documents; editors edit all; readers edit nothing', async () => {
    const patch = (actor: Actor, id: string) =>
      request(`/api/${collection}/${id}?draft=true`, {
        method: 'PATCH',
        headers: actor.headers,
        body: { title: `${collection} bearbeitet von ${actor.name}` },
      })
    expect((await patch(author, authorsDraft)).status).toBe(200)
    expect(DENIED).toContain((await patch(otherAuthor, authorsDraft)).status)
    expect(DENIED).toContain((await patch(author, editorsDraft)).status)
    expect((await patch(editor, authorsDraft)).status).toBe(200)
    for (const actor of [anonymous, partner, press]) {
      expect(DENIED).toContain((await patch(actor, published)).status)
    }
  })

  it('only editors and admins delete', async () => {
    for (const actor of [anonymous, partner, press, author]) {
      const { status } = await request(`/api/${collection}/${authorsDraft}`, {
        method: 'DELETE',
        headers: actor.headers,
      })
      expect(DENIED).toContain(status)
    }
    const { status } = await request(`/api/${collection}/${authorsDraft}`, {
      method: 'DELETE',
      headers: editor.headers,
    })
    expect(status).toBe(200)
  })
})

const referenceData = {
  people: () => ({ name: `Max Mustermann ${uniqueWord()}` }),
  organisations: () => ({ name: `Musterinstitut ${uniqueWord()}`, kind: 'researchInstitute' }),
  topics: () => ({ title: `Musterthema ${uniqueWord()}` }),
} as const

describe.each(Object.keys(referenceData) as (keyof typeof referenceData)[])('%s', (collection) => {
  const create = (actor: Actor) =>
    request<{ doc: { id: string } }>(`/api/${collection}`, {
      method: 'POST',
      headers: actor.headers,
      body: referenceData[collection](),
    })

  it('is readable by anyone, written by staff, deleted by editors and admins', async () => {
    expect((await request(`/api/${collection}`)).status).toBe(200)
    for (const actor of [anonymous, partner, press]) expect((await create(actor)).status).toBe(403)
    expect((await create(author)).status).toBe(collection === 'topics' ? 403 : 201)
    const made = await create(editor)
    expect(made.status).toBe(201)
    const id = made.json.doc.id
    for (const actor of [anonymous, partner, press, author]) {
      const { status } = await request(`/api/${collection}/${id}`, {
        method: 'DELETE',
        headers: actor.headers,
      })
      expect(DENIED).toContain(status)
    }
    expect(
      (await request(`/api/${collection}/${id}`, { method: 'DELETE', headers: admin.headers }))
        .status,
    ).toBe(200)
  })
})

describe('media', () => {
  async function upload(actor: Actor) {
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#0b5cad' } })
      .png()
      .toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'test.png')
    form.append('_payload', JSON.stringify({ alt: 'Blaues Quadrat', credit: '© Test' }))
    const response = await fetch(new URL('/api/media', stack().appUrl), {
      method: 'POST',
      headers: actor.headers,
      body: form,
    })
    return response.status
  }

  it('authors, editors and admins upload; readers cannot', async () => {
    for (const actor of [anonymous, partner, press]) expect(await upload(actor)).toBe(403)
    expect(await upload(author)).toBe(201)
  })
})

describe('users', () => {
  it('are not listed to the public; partners see only themselves', async () => {
    expect((await request('/api/users')).status).toBe(403)
    const own = await request<Docs>('/api/users', { headers: partner.headers })
    expect(own.status).toBe(200)
    expect(own.json.docs.map((doc) => doc.id)).toEqual([partner.userId])
  })

  it('the editorial team sees its colleagues, not press or partner accounts or their keys', async () => {
    // An editor who also calls the API with a key of their own.
    const keyHolder = await createAccount('editor', 'Key Holder', randomUUID())
    type UserDoc = { id: string; email?: string; name?: string; roles?: string[] }
    for (const reader of [author, editor]) {
      const { status, json } = await request<{ docs: (UserDoc & Record<string, unknown>)[] }>(
        '/api/users?limit=1000&depth=0',
        { headers: reader.headers },
      )
      expect(status).toBe(200)
      const ids = json.docs.map((doc) => doc.id)
      expect(ids).toEqual(
        expect.arrayContaining([author.userId, otherAuthor.userId, editor.userId]),
      )
      expect(ids).not.toContain(press.userId)
      expect(ids).not.toContain(partner.userId)
      const colleague = json.docs.find((doc) => doc.id === keyHolder.userId)
      expect(colleague).toMatchObject({
        email: keyHolder.email,
        name: 'Key Holder',
        roles: ['editor'],
      })
      expect(colleague).not.toHaveProperty('enableAPIKey')
      expect(colleague).not.toHaveProperty('apiKey')
      for (const hidden of [partner.userId, press.userId]) {
        const { status: byId } = await request(`/api/users/${hidden}`, { headers: reader.headers })
        expect(DENIED).toContain(byId)
      }
    }
    // The owner of an account and the admins still see these settings.
    const own = await request<Record<string, unknown>>(`/api/users/${partner.userId}`, {
      headers: partner.headers,
    })
    expect(own.json).toHaveProperty('enableAPIKey', true)
    const byAdmin = await request<Record<string, unknown>>(`/api/users/${keyHolder.userId}`, {
      headers: admin.headers,
    })
    expect(byAdmin.json).toHaveProperty('enableAPIKey', true)
  })

  it('a document locked by a colleague names them, so an editor knows whom to ask', async () => {
    const { json: note } = await createPublication('researchNotes', author.headers, {
      status: 'draft',
      personId,
    })
    const locked = await request('/api/payload-locked-documents', {
      method: 'POST',
      headers: author.headers,
      body: {
        document: { relationTo: 'researchNotes', value: note.doc.id },
        globalSlug: null,
        user: { relationTo: 'users', value: author.userId },
      },
    })
    expect(locked.status).toBe(201)
    const { json } = await request<{ docs: { user: { value: unknown } }[] }>(
      `/api/payload-locked-documents?where[document.value][equals]=${note.doc.id}&depth=1`,
      { headers: editor.headers },
    )
    expect(json.docs[0]?.user.value).toMatchObject({ id: author.userId, name: 'author' })
  })

  it('nobody but an admin grants roles or creates accounts', async () => {
    await request(`/api/users/${author.userId}`, {
      method: 'PATCH',
      headers: author.headers,
      body: { roles: ['admin'] },
    })
    const me = await request<{ roles: string[] }>(`/api/users/${author.userId}`, {
      headers: admin.headers,
    })
    expect(me.json.roles).toEqual(['author'])
    for (const actor of [anonymous, partner, author, editor]) {
      const { status } = await request('/api/users', {
        method: 'POST',
        headers: actor.headers,
        body: {
          email: `x-${actor.name}@example.org`,
          password: 'long-enough-password',
          roles: ['admin'],
        },
      })
      expect(status).toBe(403)
    }
  })
})
