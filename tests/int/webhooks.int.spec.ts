import { createHmac, timingSafeEqual } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { adminHeaders, createActor, request, type Actor } from '../helpers/actors'
import { eventually, uniqueWord } from '../helpers/api'

type Received = { headers: Record<string, string>; body: string; answered: number }
type Delivery = {
  id: string
  status: string
  attempts: number
  lastStatusCode: number
  event: string
}

let receiver: Server
let receiverUrl: string
const received: Received[] = []
// The receiver fails the first delivery of each event for each item, to make the hub retry.
// Keyed by item, not by event name alone: a talk published by an earlier file (a lifted embargo,
// a queued event) may reach this receiver first and must not take the failure meant for ours.
const failedOnce = new Set<string>()

beforeAll(async () => {
  receiver = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
    req.on('end', () => {
      const item = `${String(req.headers['wissenshub-event'])} ${JSON.parse(body).id}`
      const fail = !failedOnce.has(item)
      failedOnce.add(item)
      const answered = fail ? 500 : 204
      received.push({ headers: req.headers as Record<string, string>, body, answered })
      res.writeHead(answered).end()
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`
})

afterAll(() => new Promise((resolve) => receiver.close(resolve)))

/** The check a partner's receiver makes: HMAC-SHA256 of "<t>.<body>" with its secret. */
function signatureIsValid(secret: string, header: string, body: string) {
  const { t, v1 } = Object.fromEntries(header.split(',').map((part) => part.split('=')))
  const expected = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')
  return v1.length === expected.length && timingSafeEqual(Buffer.from(v1), Buffer.from(expected))
}

describe('webhooks for partners', () => {
  let partner: Actor
  let secret: string
  let subscriptionId: string

  beforeAll(async () => {
    partner = await createActor('partner')
    const created = await request<{ doc: { id: string; secret: string; partner: string } }>(
      '/api/webhookSubscriptions?depth=0',
      {
        method: 'POST',
        headers: partner.headers,
        body: { url: receiverUrl, events: ['published', 'unpublished'], types: ['talks'] },
      },
    )
    expect(created.status).toBe(201)
    expect(created.json.doc.partner).toBe(partner.userId)
    secret = created.json.doc.secret
    subscriptionId = created.json.doc.id
    expect(secret).toMatch(/^[0-9a-f]{64}$/)
  })

  // Later test files publish too; their events must not queue deliveries to a closed receiver.
  afterAll(async () => {
    const removed = await request(`/api/webhookSubscriptions/${subscriptionId}`, {
      method: 'DELETE',
      headers: await adminHeaders(),
    })
    expect(removed.status).toBe(200)
  })

  it('delivers a signed "published" event, redelivers after the receiver failed, and logs it', async () => {
    const title = `Webhook ${uniqueWord()}`
    const talk = await request<{ doc: { id: string } }>('/api/talks', {
      method: 'POST',
      headers: await adminHeaders(),
      body: { title, _status: 'published' },
    })
    expect(talk.status).toBe(201)
    const id = talk.json.doc.id
    const forTalk = () => received.filter((entry) => JSON.parse(entry.body).id === id)

    await eventually(
      'the event was delivered after one failure',
      async () => forTalk().some((entry) => entry.answered === 204),
      30_000,
    )
    const attempts = forTalk()
    expect(attempts.map((entry) => entry.answered)).toEqual([500, 204])
    for (const attempt of attempts) {
      expect(signatureIsValid(secret, attempt.headers['wissenshub-signature'], attempt.body)).toBe(
        true,
      )
      expect(
        signatureIsValid(
          'someone-elses-secret',
          attempt.headers['wissenshub-signature'],
          attempt.body,
        ),
      ).toBe(false)
    }
    const body = JSON.parse(attempts[1].body)
    expect(body).toMatchObject({ event: 'published', type: 'talks', id, data: { id, title } })
    expect(attempts[0].headers['wissenshub-delivery']).toBe(
      attempts[1].headers['wissenshub-delivery'],
    )

    const log = await request<{ docs: Delivery[] }>(
      `/api/webhookDeliveries?where[subscription][equals]=${subscriptionId}&limit=100`,
      { headers: await adminHeaders() },
    )
    const entry = log.json.docs.find(
      (delivery) => delivery.id === attempts[1].headers['wissenshub-delivery'],
    )
    expect(entry).toMatchObject({
      status: 'delivered',
      attempts: 2,
      lastStatusCode: 204,
      event: 'published',
    })

    // Taken back: partners hear of it, without the content.
    const back = await request(`/api/talks/${id}`, {
      method: 'PATCH',
      headers: await adminHeaders(),
      body: { _status: 'draft' },
    })
    expect(back.status).toBe(200)
    await eventually(
      'the unpublish was delivered',
      async () =>
        forTalk().some(
          (entry) => JSON.parse(entry.body).event === 'unpublished' && entry.answered === 204,
        ),
      30_000,
    )
    const unpublished = forTalk().find((entry) => JSON.parse(entry.body).event === 'unpublished')!
    expect(JSON.parse(unpublished.body).data).toBeNull()
  }, 90_000)

  it('keeps subscriptions and deliveries to their partner', async () => {
    const other = await createActor('partner', 'other-partner')
    const seen = await request<{ docs: unknown[] }>('/api/webhookSubscriptions', {
      headers: other.headers,
    })
    expect(seen.json.docs).toEqual([])
    const deliveries = await request<{ docs: unknown[] }>('/api/webhookDeliveries', {
      headers: other.headers,
    })
    expect(deliveries.json.docs).toEqual([])
    const takeOver = await request(`/api/webhookSubscriptions/${subscriptionId}`, {
      method: 'PATCH',
      headers: other.headers,
      body: { url: 'http://127.0.0.1:9/elsewhere' },
    })
    expect(takeOver.status).toBe(403)
    const kept = await request<{ url: string }>(`/api/webhookSubscriptions/${subscriptionId}`, {
      headers: await adminHeaders(),
    })
    expect(kept.json.url).toBe(receiverUrl)
    const forged = await request('/api/webhookDeliveries', {
      method: 'POST',
      headers: partner.headers,
      body: { subscription: subscriptionId, partner: partner.userId, event: 'published', body: {} },
    })
    expect(forged.status).toBe(403)
  })

  it('refuses a target that is not a URL with a 400 naming the field', async () => {
    const { status, json } = await request<{
      errors: { data?: { errors?: { path: string }[] } }[]
    }>('/api/webhookSubscriptions', {
      method: 'POST',
      headers: partner.headers,
      body: { url: 'not a url', events: ['published'] },
    })
    expect(status).toBe(400)
    expect(JSON.stringify(json)).toContain('url')
  })
})
