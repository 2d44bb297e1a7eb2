import { PayloadSDK, PayloadSDKError } from '@payloadcms/sdk'

import type { Config } from '../../src/payload-types'
import { adminHeaders, createActor, request, type Actor } from '../helpers/actors'
import { stack, uniqueWord } from '../helpers/api'

/** The official Payload client, as a partner would use it against the hub's REST API. */
let partner: Actor
let sdk: PayloadSDK<Config>
let published: { id: string; title: string }
let draft: { id: string }

beforeAll(async () => {
  partner = await createActor('partner')
  sdk = new PayloadSDK<Config>({
    baseURL: new URL('/api', stack().appUrl).toString(),
    baseInit: { headers: partner.headers },
  })
  const headers = await adminHeaders()
  const word = uniqueWord()
  const made = await request<{ doc: { id: string; title: string } }>('/api/talks', {
    method: 'POST',
    headers,
    body: { title: `SDK ${word}`, _status: 'published' },
  })
  published = made.json.doc
  const hidden = await request<{ doc: { id: string } }>('/api/talks?draft=true', {
    method: 'POST',
    headers,
    body: { title: `SDK Entwurf ${word}`, _status: 'draft' },
  })
  draft = hidden.json.doc
})

describe('the @payloadcms/sdk client with a partner key', () => {
  it('reads published talks and nothing unpublished', async () => {
    const page = await sdk.find({ collection: 'talks', limit: 1000, depth: 0 })
    const ids = page.docs.map((doc) => doc.id)
    expect(ids).toContain(published.id)
    expect(ids).not.toContain(draft.id)
    expect(page.docs.every((doc) => doc._status === 'published')).toBe(true)

    const one = await sdk.findByID({ collection: 'talks', id: published.id, depth: 0 })
    expect(one.title).toBe(published.title)
    await expect(sdk.findByID({ collection: 'talks', id: draft.id })).rejects.toMatchObject({
      status: 404,
    })
  })

  it('cannot write, nor read accounts', async () => {
    const refused = await sdk
      .create({ collection: 'talks', data: { title: 'Von außen', slug: 'von-aussen' } })
      .catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(PayloadSDKError)
    expect((refused as PayloadSDKError).status).toBe(403)

    const accounts = await sdk.find({ collection: 'users', limit: 100 })
    expect(accounts.docs.map((user) => user.id)).toEqual([partner.userId])

    // Not even its own account: key, roles and quota are set by admins.
    const promoted = await sdk
      .update({
        collection: 'users',
        id: partner.userId!,
        data: { roles: ['admin'], apiKey: 'self-chosen-key', apiRateLimit: 1_000_000 },
      })
      .catch((error: unknown) => error)
    expect((promoted as PayloadSDKError).status).toBe(403)
    const { json } = await request<{ roles: string[]; apiRateLimit?: number }>(
      `/api/users/${partner.userId}`,
      { headers: await adminHeaders() },
    )
    expect(json.roles).toEqual(['partner'])
    expect(json.apiRateLimit ?? null).toBeNull()
    const stillWorks = await sdk.find({ collection: 'talks', limit: 1 })
    expect(stillWorks.docs.length).toBeGreaterThanOrEqual(0)
  })
})
