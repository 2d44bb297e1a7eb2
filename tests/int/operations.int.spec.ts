import fs from 'node:fs'

import { MongoClient } from 'mongodb'

import { eventually, stack } from '../helpers/api'

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(new URL(path, stack().appUrl), { headers })

describe('liveness and readiness', () => {
  it('/api/health answers 200 while the process runs, never cached', async () => {
    const response = await get('/api/health')
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(await response.json()).toEqual({ status: 'ok' })
  })

  it('/api/ready checks MongoDB, Meilisearch and the jobs backlog, and names no secret', async () => {
    const response = await get('/api/ready')
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const text = await response.text()
    const report = JSON.parse(text)
    expect(['ready', 'degraded']).toContain(report.status)
    expect(report.checks.database.ok).toBe(true)
    expect(report.checks.search.ok).toBe(true)
    expect(report.checks.jobs).toEqual(
      expect.objectContaining({
        pending: expect.any(Number),
        overdue: expect.any(Number),
        scheduled: expect.any(Number),
        failed: expect.any(Number),
      }),
    )
    const { appEnv, meili } = stack()
    for (const secretOrAddress of [
      appEnv.PAYLOAD_SECRET,
      meili.masterKey,
      appEnv.DATABASE_URI,
      meili.host,
      String(meili.port),
    ]) {
      expect(text).not.toContain(secretOrAddress)
    }
  })
})

describe('readiness with a stuck jobs queue', () => {
  it('is degraded, still 200, while a job is overdue', async () => {
    const client = await MongoClient.connect(stack().databaseUri)
    const jobs = client.db().collection('payload-jobs')
    const twoMinutesAgo = new Date(Date.now() - 120_000)
    // Claimed by a runner that never finishes it: no runner here will touch it.
    const { insertedId } = await jobs.insertOne({
      taskSlug: 'applySearchSettings',
      input: {},
      queue: 'operations-test',
      processing: true,
      hasError: false,
      totalTried: 0,
      log: [],
      createdAt: twoMinutesAgo,
      updatedAt: twoMinutesAgo,
    })
    try {
      const response = await get('/api/ready')
      expect(response.status).toBe(200)
      const report = await response.json()
      expect(report.status).toBe('degraded')
      expect(report.checks.jobs.ok).toBe(false)
      expect(report.checks.jobs.overdue).toBeGreaterThanOrEqual(1)
    } finally {
      await jobs.deleteOne({ _id: insertedId })
      await client.close()
    }
    const after = await get('/api/ready').then((response) => response.json())
    expect(after.checks.jobs.overdue).toBe(0)
  })
})

describe('request ids', () => {
  it.each(['/api/health', '/api/search?q=KI'])(
    '%s returns a valid incoming X-Request-Id unchanged',
    async (path) => {
      const id = `test-${crypto.randomUUID()}`
      const response = await get(path, { 'X-Request-Id': id })
      expect(response.headers.get('x-request-id')).toBe(id)
    },
  )

  it('replaces a missing, overlong or malformed id with a fresh UUID', async () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
    const cases: Record<string, string>[] = [
      {},
      { 'X-Request-Id': 'x'.repeat(129) },
      { 'X-Request-Id': 'two words' },
      { 'X-Request-Id': '{"level":60}' },
    ]
    for (const path of ['/api/talks?limit=1', '/api/search?q=KI']) {
      for (const headers of cases) {
        const response = await get(path, headers)
        expect(response.headers.get('x-request-id')).toMatch(uuid)
      }
    }
  })

  it('also marks a refused body (413) with the id', async () => {
    const id = `test-${crypto.randomUUID()}`
    const response = await fetch(new URL('/api/talks', stack().appUrl), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Request-Id': id },
      body: JSON.stringify({ title: 'x'.repeat(2 * 1024 * 1024) }),
    })
    expect(response.status).toBe(413)
    expect(response.headers.get('x-request-id')).toBe(id)
  })

  it('appears in the JSON log line of what Payload logs for that request', async () => {
    const id = `test-${crypto.randomUUID()}`
    const response = await get('/api/talks/000000000000000000000000', { 'X-Request-Id': id })
    expect(response.status).toBe(404)
    await eventually('the server logged a line with the request id', async () =>
      fs.readFileSync(stack().serverLog, 'utf8').includes(id),
    )
    const line = fs
      .readFileSync(stack().serverLog, 'utf8')
      .split('\n')
      .find((candidate) => candidate.includes(id))!
    const entry = JSON.parse(line)
    expect(entry).toEqual(
      expect.objectContaining({ requestId: id, level: 30, msg: expect.any(String) }),
    )
  })
})

describe('scheduled jobs', () => {
  it('the nightly search reconcile is queued ahead, once, by the process that runs jobs', async () => {
    const client = await MongoClient.connect(stack().databaseUri)
    try {
      const jobs = client.db().collection('payload-jobs')
      const scheduled = await jobs
        .find({
          taskSlug: 'reconcileSearch',
          'meta.scheduled': true,
          completedAt: { $exists: false },
        })
        .toArray()
      expect(scheduled).toHaveLength(1)
      expect(scheduled[0].waitUntil.getTime()).toBeGreaterThan(Date.now())
    } finally {
      await client.close()
    }
  })
})
