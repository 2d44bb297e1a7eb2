import { createActor, request, type Actor } from '../helpers/actors'

describe('webhook subscriptions over REST', () => {
  let partner: Actor
  beforeAll(async () => {
    partner = await createActor('partner')
  })

  // The test stack allows receivers on this machine (WEBHOOK_ALLOW_PRIVATE_TARGETS=true); what
  // is never a receiver stays refused even then.
  it.each([
    'http://0.0.0.0:9/hook',
    'http://[::]:9/hook',
    'http://224.0.0.1/hook',
    'http://[ff02::1]/hook',
    'http://255.255.255.255/hook',
    'https://nicht-vorhanden.invalid/hook',
  ])('refuses %s with a 400 naming the field', async (url) => {
    const { status, json } = await request('/api/webhookSubscriptions', {
      method: 'POST',
      headers: partner.headers,
      body: { url, events: ['published'] },
    })
    expect(status).toBe(400)
    expect(JSON.stringify(json)).toContain('url')
  })

  it('still accepts a receiver on this machine while the test setting allows it', async () => {
    const { status } = await request('/api/webhookSubscriptions', {
      method: 'POST',
      headers: partner.headers,
      body: { url: 'http://127.0.0.1:9/hook', events: ['published'], active: false },
    })
    expect(status).toBe(201)
  })
})
