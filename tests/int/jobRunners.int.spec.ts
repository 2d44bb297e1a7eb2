import { randomUUID } from 'node:crypto'
import { createServer, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import { eventually } from '../helpers/api'
import {
  call,
  indexedTalkIds,
  restartApp,
  startAnotherApp,
  startFaultStack,
  startWorker,
  type FaultStack,
} from '../helpers/faultStack'

/**
 * The setup for more than one machine: app instances with JOBS_AUTORUN=false and one
 * `npm run worker`, sharing FerretDB and Meilisearch. Webhook deliveries to a real receiver
 * count how often each job ran.
 */
type Hit = { talkId: string; deliveryId: string }

let stack: FaultStack
let second: { url: string }
let receiver: Server
let receiverUrl: string
const hits: Hit[] = []
// While set, the receiver holds each request open until `release()` answers it.
let holding = false
const held: ServerResponse[] = []
const release = () => held.splice(0).forEach((response) => response.writeHead(204).end())

beforeAll(async () => {
  receiver = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
    req.on('end', () => {
      hits.push({
        talkId: String((JSON.parse(body) as { id: string }).id),
        deliveryId: String(req.headers['wissenshub-delivery']),
      })
      if (holding) held.push(res)
      else res.writeHead(204).end()
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`

  // Rate-limit counters in the database, shared by both instances.
  stack = await startFaultStack({
    JOBS_AUTORUN: 'false',
    API_RATE_LIMIT_STORE: 'database',
    API_RATE_LIMIT_ANONYMOUS: '6',
  })
  second = await startAnotherApp(stack)
  const apiKey = randomUUID()
  const partner = await call(stack, '/api/users', {
    method: 'POST',
    body: {
      email: 'partner@faults.local',
      password: randomUUID(),
      roles: ['partner'],
      enableAPIKey: true,
      apiKey,
    },
  })
  expect(partner.status).toBe(201)
  const subscribed = await fetch(`${stack.appUrl}/api/webhookSubscriptions`, {
    method: 'POST',
    headers: { Authorization: `users API-Key ${apiKey}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ url: receiverUrl, events: ['published'], types: ['talks'] }),
  })
  expect(subscribed.status).toBe(201)
}, 120_000)

afterAll(async () => {
  release()
  await stack?.stop()
  await new Promise((resolve) => receiver.close(resolve))
})

async function publish(title: string, base = stack.appUrl) {
  const created = await call<{ doc: { id: string } }>(stack, '/api/talks', {
    method: 'POST',
    base,
    body: { title, _status: 'published' },
  })
  expect(created.status).toBe(201)
  return created.json.doc.id
}

/** The hub's delivery log for one talk. */
async function deliveriesOf(talkId: string) {
  const log = await call<{ docs: { status: string; body: { id: string } }[] }>(
    stack,
    '/api/webhookDeliveries?limit=1000&depth=0',
  )
  return log.json.docs.filter((delivery) => delivery.body.id === talkId)
}

const hitsFor = (talkId: string) => hits.filter((hit) => hit.talkId === talkId)

describe('two app instances and one jobs worker', () => {
  it('run every job exactly once: one webhook delivery per publish, and the index converges', async () => {
    const worker = startWorker(stack)
    const bases = [stack.appUrl, second.url]
    const ids: string[] = []
    let next = 0
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (next < 40) {
          const n = next++
          ids.push(await publish(`Zwei Instanzen ${n}`, bases[n % 2]))
        }
      }),
    )
    const records = () => new Set(ids.map((id) => `talks-${id}`))
    await eventually(
      'every talk is delivered and indexed',
      async () => {
        const indexed = await indexedTalkIds(stack)
        return (
          ids.every((id) => hitsFor(id).length > 0) && [...records()].every((r) => indexed.has(r))
        )
      },
      120_000,
    )
    // Late duplicates would arrive within a runner tick or two.
    await new Promise((resolve) => setTimeout(resolve, 3_000))
    for (const id of ids) expect(hitsFor(id)).toHaveLength(1)
    expect(new Set(hits.map((hit) => hit.deliveryId)).size).toBe(hits.length)

    worker.kill('SIGTERM')
    expect(await worker.exited).toBe(0)
  }, 180_000)

  it('finishes the delivery in progress on SIGTERM before the worker exits 0', async () => {
    const worker = startWorker(stack)
    holding = true
    const id = await publish('Sanft beendet')
    await eventually(
      'the delivery reached the receiver',
      async () => hitsFor(id).length === 1,
      30_000,
    )
    worker.kill('SIGTERM')
    // The worker waits for the held delivery instead of exiting mid-job.
    const exitedEarly = await Promise.race([
      worker.exited.then(() => true),
      new Promise((resolve) => setTimeout(() => resolve(false), 2_000)),
    ])
    expect(exitedEarly).toBe(false)
    holding = false
    release()
    expect(await worker.exited).toBe(0)
    expect((await deliveriesOf(id)).map((delivery) => delivery.status)).toEqual(['delivered'])
  }, 90_000)
})

describe('API rate limits with API_RATE_LIMIT_STORE=database', () => {
  it('count a client once across instances', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 8; i += 1) {
      const base = i % 2 === 0 ? stack.appUrl : second.url
      const response = await fetch(`${base}/api/v1/talks?pageSize=1`)
      await response.arrayBuffer()
      statuses.push(response.status)
    }
    // 6 per window in all, not 6 per instance.
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 429, 429])
  })
})

describe('an app server killed with SIGKILL while it runs jobs', () => {
  it('leaves its job processing; restarted, it releases the job and the work completes', async () => {
    // This instance runs jobs itself (the one-machine setup) and treats 3 s as stale.
    process.kill(stack.app.pid, 'SIGKILL')
    const runner = { JOBS_AUTORUN: 'true', JOBS_STALE_AFTER_SECONDS: '3' }
    const app = await restartApp(stack, runner)
    holding = true
    const id = await publish('Absturz während der Zustellung')
    await eventually(
      'the delivery reached the receiver',
      async () => hitsFor(id).length === 1,
      30_000,
    )
    process.kill(app.pid, 'SIGKILL')
    holding = false
    release()

    const jobs = await fetchStuckJobs()
    expect(jobs).toBeGreaterThan(0)

    await restartApp(stack, runner)
    await eventually(
      'the talk is indexed and its delivery recorded as delivered',
      async () => {
        const [delivery] = await deliveriesOf(id)
        const indexed = await indexedTalkIds(stack)
        return delivery?.status === 'delivered' && indexed.has(`talks-${id}`)
      },
      60_000,
    )
    // Redelivered once after the release: a receiver must expect at-least-once delivery.
    expect(hitsFor(id).length).toBe(2)
  }, 120_000)
})

/** Jobs left `processing: true`, read straight from the database (the app is down). */
async function fetchStuckJobs(): Promise<number> {
  const { MongoClient } = await import('mongodb')
  const client = await MongoClient.connect(stack.databaseUri)
  try {
    return await client.db().collection('payload-jobs').countDocuments({ processing: true })
  } finally {
    await client.close()
  }
}
