import { stack } from '../helpers/api'

/** What the quota says is left after a request, from its `RateLimit` header. */
async function remainingAfterRequest(forwardedFor: string): Promise<number> {
  const response = await fetch(new URL('/api/v1/openapi.json', stack().appUrl), {
    headers: { 'X-Forwarded-For': forwardedFor },
  })
  await response.body?.cancel()
  expect(response.status).toBe(200)
  const remaining = /remaining=(\d+)/.exec(response.headers.get('ratelimit') ?? '')
  return Number(remaining?.[1])
}

describe('the anonymous API v1 quota', () => {
  it('is not reset by an X-Forwarded-For header from a client that is not a trusted proxy', async () => {
    const remaining: number[] = []
    for (const address of ['203.0.113.1', '203.0.113.2', '198.51.100.3', '::1', '10.9.8.7']) {
      remaining.push(await remainingAfterRequest(address))
    }
    // One client, one quota (60 a window): five requests use five points, whatever they claim to
    // be. (A new window may begin once in between; a new "client" each time would always be at 59.)
    expect(Math.min(...remaining)).toBeLessThanOrEqual(57)
  })
})
