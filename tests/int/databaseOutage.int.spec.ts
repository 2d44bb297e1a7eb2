import { eventually } from '../helpers/api'
import {
  call,
  indexedTalkIds,
  restartDatabase,
  startFaultStack,
  type FaultStack,
} from '../helpers/faultStack'

type Attempt = {
  status: number | 'timeout'
  ms: number
  id?: string
  contentType?: string | null
  retryAfter?: string | null
}

let stack: FaultStack

// Jobs whose runner lost the database mid-run are released after 5 s instead of 15 minutes.
beforeAll(async () => {
  stack = await startFaultStack({ JOBS_STALE_AFTER_SECONDS: '5' })
}, 120_000)
afterAll(() => stack?.stop())

async function timed(url: string, init: RequestInit = {}): Promise<Attempt & { body: string }> {
  const started = performance.now()
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(20_000) })
    const body = await response.text()
    return {
      status: response.status,
      ms: performance.now() - started,
      contentType: response.headers.get('content-type'),
      retryAfter: response.headers.get('retry-after'),
      body,
    }
  } catch {
    return { status: 'timeout', ms: performance.now() - started, body: '' }
  }
}

describe('the database (FerretDB) stopped during a burst of publishes, then started again', () => {
  it('answers 503 with Retry-After while it is down, recovers, and keeps every acknowledged publish', async () => {
    const attempts: Attempt[] = []
    let publishing = true
    let n = 0
    const publisher = async () => {
      while (publishing) {
        const attempt = await timed(`${stack.appUrl}/api/talks`, {
          method: 'POST',
          headers: { Authorization: `JWT ${stack.token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ title: `Datenbankausfall ${n++}`, _status: 'published' }),
        })
        const id =
          attempt.status === 201
            ? (JSON.parse(attempt.body) as { doc: { id: string } }).doc.id
            : undefined
        attempts.push({ ...attempt, id })
        if (attempt.status !== 201) await new Promise((resolve) => setTimeout(resolve, 200))
      }
    }
    const publishers = Array.from({ length: 4 }, publisher)

    await new Promise((resolve) => setTimeout(resolve, 2_000))
    process.kill(stack.database.pid, 'SIGKILL')
    const downSince = attempts.length
    await new Promise((resolve) => setTimeout(resolve, 2_000))

    // Readers while it is down: bounded answers, problem+json on the APIs.
    const [restList, v1List, page] = await Promise.all([
      timed(`${stack.appUrl}/api/talks`),
      timed(`${stack.appUrl}/api/v1/talks`),
      timed(`${stack.appUrl}/`),
    ])
    for (const answer of [restList, v1List]) {
      expect(answer.status).toBe(503)
      expect(answer.contentType).toBe('application/problem+json')
      expect(answer.retryAfter).toBe('5')
      expect(JSON.parse(answer.body)).toMatchObject({ status: 503, title: 'Service unavailable' })
    }
    // Pages: once the app has noticed the lost connection, a 503 page in the page's language
    // at once (sent by the proxy, before any rendering); never hanging.
    expect(page.status).not.toBe('timeout')
    expect(page.ms).toBeLessThan(15_000)
    let germanPage = page
    await eventually(
      'pages answer 503',
      async () => (germanPage = await timed(`${stack.appUrl}/`)).status === 503,
      10_000,
    )
    expect(germanPage.retryAfter).toBe('5')
    expect(germanPage.body).toMatch(/<html lang="de">[\s\S]*Vorübergehend nicht erreichbar/)
    const englishPage = await timed(`${stack.appUrl}/en/talks/any`)
    expect(englishPage.status).toBe(503)
    expect(englishPage.ms).toBeLessThan(1_000)
    expect(englishPage.body).toMatch(/<html lang="en">[\s\S]*Temporarily unavailable/)

    await new Promise((resolve) => setTimeout(resolve, 4_000))
    await restartDatabase(stack)
    const upAgain = attempts.length
    await eventually(
      'publishes succeed again',
      async () => attempts.slice(upAgain).some((attempt) => attempt.status === 201),
      30_000,
    )
    await eventually(
      'pages answer again',
      async () => (await timed(`${stack.appUrl}/`)).status === 200,
      30_000,
    )
    await new Promise((resolve) => setTimeout(resolve, 2_000))
    publishing = false
    await Promise.all(publishers)

    const during = attempts.slice(downSince, upAgain)
    expect(during.filter((attempt) => attempt.status === 503).length).toBeGreaterThan(0)
    for (const attempt of attempts) {
      expect([201, 503]).toContain(attempt.status)
      // Bounded: the driver gives up after 5 s (a save makes a few queries).
      expect(attempt.ms).toBeLessThan(15_000)
      if (attempt.status === 503) {
        expect(attempt.retryAfter).toBe('5')
        expect(attempt.contentType).toBe('application/problem+json')
      }
    }

    const acknowledged = attempts.flatMap((attempt) => (attempt.id ? [attempt.id] : []))
    expect(acknowledged.length).toBeGreaterThan(5)
    for (const id of acknowledged) {
      expect((await call(stack, `/api/talks/${id}?depth=0`)).status).toBe(200)
    }
    await eventually(
      `all ${acknowledged.length} acknowledged talks are in the index`,
      async () => {
        const indexed = await indexedTalkIds(stack)
        return acknowledged.every((id) => indexed.has(`talks-${id}`))
      },
      90_000,
    )
  }, 180_000)
})
