import { stack } from '../helpers/api'

// The test stack: 60 anonymous requests per 5 s window (API_RATE_LIMIT_WINDOW_SECONDS=5).
const QUOTA = 60

async function waitForNextWindow() {
  await new Promise((resolve) => setTimeout(resolve, 5_500))
}

describe('the anonymous API v1 quota', () => {
  beforeAll(waitForNextWindow)
  afterAll(waitForNextWindow)

  it('is not reset by an X-Forwarded-For header from a client that is not a trusted proxy', async () => {
    const statuses = await Promise.all(
      Array.from({ length: QUOTA + 10 }, async (_, index) => {
        const response = await fetch(new URL('/api/v1/openapi.json', stack().appUrl), {
          headers: { 'X-Forwarded-For': `203.0.113.${index % 250}` },
        })
        await response.body?.cancel()
        return response.status
      }),
    )
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(10)
    expect(statuses.filter((status) => status !== 200 && status !== 429)).toEqual([])
  })
})
