/**
 * `npm run bench:search [-- --sizes=10000,100000 --requests=2000 --lag-samples=30]`
 * (`BENCH_DEBUG=1` also prints every database query with its time, to see where time goes.)
 *
 * Prints figures, asserts nothing. On a throwaway stack (FerretDB, Meilisearch, the production
 * app server and the jobs worker as `npm start` runs them, on free ports, data in a temp folder,
 * removed afterwards) it loads the seed
 * conference plus synthetic publications up to each size, then measures:
 * - `npm run search:reindex` (in a process of its own) against raw `addDocuments` of the same
 *   records (reindex reads each collection in one pass and sends the records of 2,000
 *   publications at a time, one request per language; raw sends 2,000 records at a time), and
 *   the reindexing process's peak memory;
 * - `GET /api/search` against a plain Meilisearch search of the same words (`plainSearch.ts`:
 *   `q` and limit 10, no facets) at 1, 4 and 16 concurrent clients, p50/p95/p99, after one
 *   pass over the queries (whose API latencies are printed too: identical searches are cached);
 *   both uncompressed, and the API once more gzipped, as browsers ask for it;
 * - publish-to-searchable lag: a talk published through REST until its record is in the index.
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs, promisify } from 'node:util'

import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { EnqueuedTask } from 'meilisearch'
import { MongoClient, ObjectId, type Db, type Document } from 'mongodb'
import type { Payload } from 'payload'

import type { PublicationQuery } from '../src/search/searchPublications'
import type { IndexedRecord } from '../src/search/searchRecord'
import { startJobsWorkerProcess } from '../src/services/jobsWorkerProcess'
import { loadServerModules } from '../src/services/loadServerModules'
import { projectPaths } from '../src/services/paths'
import { runMain } from '../src/services/runMain'
import {
  randomSecret,
  startThrowawayStack,
  stopProcesses,
  type ThrowawayStack,
} from '../src/services/throwawayStack'
import { withPayload } from '../src/services/withPayload'
import { ms, ratio, runConcurrently, summarize, type LatencySummary } from './bench/measure'
import { plainSearchRequest } from './bench/plainSearch'
import {
  germanVocabulary,
  seededRandom,
  synthesizePublication,
  type Random,
  type ReferenceIds,
} from './bench/syntheticPublications'

const log = (line: string) => console.log(`[bench] ${line}`)
const execFileAsync = promisify(execFile)
const CLIENT_LEVELS = [1, 4, 16]
// With many documents every save is slow on the embedded FerretDB (see the README): few samples.
const LAG_SAMPLES_LOADED = 5
const LAG_GIVE_UP_MS = 180_000
const RAW_BATCH = 2_000
const TASK_TIMEOUT = { timeout: 900_000 }
/** Share of each type among the synthetic publications (a think tank's output, roughly). */
const TYPE_MIX = [
  ['talks', 0.3],
  ['impulses', 0.25],
  ['researchNotes', 0.2],
  ['panels', 0.15],
  ['pressReleases', 0.1],
] as const
const SKIP_SYNC = { skipSearchSync: true }

/** The MongoDB collection behind a Payload collection (Mongoose pluralizes the names). */
function rawCollection(payload: Payload, db: Db, slug: string) {
  const { collections } = payload.db as unknown as MongooseAdapter
  return db.collection(collections[slug].collection.collectionName)
}

// ─── Data ────────────────────────────────────────────────────────────────────────────────────

async function createReferenceData(payload: Payload): Promise<ReferenceIds> {
  const organisations = await payload.find({ collection: 'organisations', limit: 100, depth: 0 })
  const random = seededRandom(7)
  const firstNames = ['Anna', 'Jonas', 'Lea', 'Felix', 'Mira', 'Tobias', 'Sophie', 'Karim']
  const lastNames = ['Schulz', 'Becker', 'Hoffmann', 'Wagner', 'Krüger', 'Yılmaz', 'Lehmann']
  for (let i = 0; i < 120; i += 1) {
    await payload.create({
      collection: 'people',
      context: SKIP_SYNC,
      data: {
        name: `${random.pick(firstNames)} ${random.pick(lastNames)} ${i + 1}`,
        slug: `bench-person-${i + 1}`,
        honorific: random.int(3) === 0 ? 'Dr.' : undefined,
        affiliations: [random.pick(organisations.docs).id],
      },
    })
  }
  const ids = async (collection: 'people' | 'topics' | 'events') =>
    (await payload.find({ collection, limit: 1000, depth: 0, pagination: false })).docs.map(
      (doc) => doc.id as unknown as string,
    )
  const toObjectIds = (list: string[]) => list.map((id) => new ObjectId(id))
  return {
    people: toObjectIds(await ids('people')),
    topics: toObjectIds(await ids('topics')),
    events: toObjectIds(await ids('events')),
  }
}

/** One raw document per type, created by Payload (the seed has no impulse or research note). */
async function loadTemplates(payload: Payload, db: Db): Promise<Map<string, Document>> {
  const [person] = (await payload.find({ collection: 'people', limit: 1, depth: 0 })).docs
  await payload.create({
    collection: 'impulses',
    context: SKIP_SYNC,
    data: {
      title: 'Vorlage Impuls',
      slug: 'vorlage-impuls',
      summary: 'Vorlage',
      authors: [person.id],
      _status: 'published',
    },
  })
  await payload.create({
    collection: 'researchNotes',
    context: SKIP_SYNC,
    data: {
      title: 'Vorlage Forschungsnotiz',
      slug: 'vorlage-forschungsnotiz',
      abstract: 'Vorlage',
      licence: 'CC-BY-4.0',
      authors: [person.id],
      _status: 'published',
    },
  })
  const templates = new Map<string, Document>()
  for (const [collection] of TYPE_MIX) {
    const template = await rawCollection(payload, db, collection).findOne({ _status: 'published' })
    if (!template) throw new Error(`No published ${collection} to clone`)
    templates.set(collection, template)
  }
  return templates
}

async function insertSynthetic(
  payload: Payload,
  db: Db,
  templates: Map<string, Document>,
  refs: ReferenceIds,
  count: number,
  random: Random,
  firstSequence: number,
) {
  for (const [collection, share] of TYPE_MIX) {
    const total = Math.round(count * share)
    for (let done = 0; done < total; done += 1000) {
      const batch = Array.from({ length: Math.min(1000, total - done) }, (_, i) =>
        synthesizePublication(templates.get(collection)!, firstSequence + done + i, refs, random),
      )
      await rawCollection(payload, db, collection).insertMany(batch)
    }
    firstSequence += total
  }
}

/** The seed queues index jobs; the app's runner must finish them before anything is measured. */
/** Until every job due now has run (the nightly reconcile, scheduled ahead, does not count). */
async function waitForJobQueue(payload: Payload) {
  const deadline = Date.now() + 600_000
  for (;;) {
    const { totalDocs } = await payload.count({
      collection: 'payload-jobs',
      where: {
        and: [
          { completedAt: { exists: false } },
          { hasError: { not_equals: true } },
          {
            or: [
              { waitUntil: { exists: false } },
              { waitUntil: { less_than_equal: new Date().toISOString() } },
            ],
          },
        ],
      },
    })
    if (totalDocs === 0) return
    if (Date.now() > deadline) throw new Error(`${totalDocs} jobs still pending after 10 minutes`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

// ─── Indexing ────────────────────────────────────────────────────────────────────────────────

/**
 * `npm run search:reindex` against the stack, in a process of its own as an operator runs it
 * (its figures include starting Payload, a few seconds).
 */
async function runSearchReindex(
  stack: ThrowawayStack,
  heapMb: string | undefined,
): Promise<{ documents: Record<'de' | 'en', number>; seconds: number; peakMemoryMiB: number }> {
  const { stdout } = await execFileAsync(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', 'scripts/searchReindex.ts'],
    {
      cwd: projectPaths().root,
      env: {
        ...process.env,
        ...stack.appEnv,
        NODE_OPTIONS: heapMb ? `--max-old-space-size=${heapMb}` : '',
      },
      maxBuffer: 16 * 1024 * 1024,
    },
  )
  return JSON.parse(stdout.trim().split('\n').pop()!)
}

async function readAllRecords(payload: Payload): Promise<IndexedRecord[][]> {
  const batches: IndexedRecord[][] = []
  for await (const batch of loadServerModules().publicRecordSlices(payload)) batches.push(batch)
  return batches
}

/** The same records into fresh indexes with the same settings, enqueued in batches. */
async function rawIndexing(batches: IndexedRecord[][]): Promise<number> {
  const { getMeiliAdmin, publicationsIndexSettings } = loadServerModules()
  const admin = getMeiliAdmin()
  const started = performance.now()
  // Each batch is sent once the previous one is enqueued, as a script would: a hundred uploads of
  // 2,000 records at once made Meilisearch drop connections (EPIPE) at 100,000.
  const tasks: EnqueuedTask[] = []
  for (const language of ['de', 'en'] as const) {
    const uid = `bench-raw-${language}`
    await admin.deleteIndexIfExists(uid)
    await admin.createIndex(uid, { primaryKey: 'id' }).waitTask(TASK_TIMEOUT)
    await admin
      .index(uid)
      .updateSettings(publicationsIndexSettings(language))
      .waitTask(TASK_TIMEOUT)
    const records = batches
      .flat()
      .filter((record) => record.indexLanguage === language)
      .map(({ indexLanguage, ...record }) => (void indexLanguage, record))
    for (let start = 0; start < records.length; start += RAW_BATCH) {
      tasks.push(await admin.index(uid).addDocuments(records.slice(start, start + RAW_BATCH)))
    }
  }
  for (const enqueued of tasks) {
    // One wait at a time: `waitForTasks` adds a listener per poll to one AbortSignal (thousands).
    const task = await admin.tasks.waitForTask(enqueued, TASK_TIMEOUT)
    if (task.status !== 'succeeded') throw new Error(`raw indexing failed: ${task.error?.message}`)
  }
  const seconds = (performance.now() - started) / 1000
  for (const language of ['de', 'en']) await admin.deleteIndex(`bench-raw-${language}`).waitTask()
  return seconds
}

// ─── Searching ───────────────────────────────────────────────────────────────────────────────

const COMPOUND_PARTS = ['Kompetenz', 'Arbeit', 'Zukunft', 'Wandel', 'Betrieb', 'Lernen']
const ACRONYM_QUERIES = ['KI', 'KMU', 'KI im Betrieb', 'Weiterbildung KMU']
const TYPES = ['talk', 'impulse', 'panel', 'researchNote', 'pressRelease']

function withTypo(word: string, random: Random) {
  const i = 1 + random.int(word.length - 3)
  return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2)
}

/** 60 queries a practitioner might type: words, pairs, typos, compound parts, acronyms, filters. */
function querySet(): PublicationQuery[] {
  const random = seededRandom(42)
  const nouns = germanVocabulary().filter((word) => /^[A-ZÄÖÜ]/.test(word) && word.length >= 6)
  return Array.from({ length: 60 }, (_, i) => {
    const text = [
      () => random.pick(nouns),
      () => `${random.pick(nouns)} ${random.pick(nouns)}`,
      () => withTypo(random.pick(nouns), random),
      () => random.pick(COMPOUND_PARTS),
      () => random.pick(ACRONYM_QUERIES),
      () => random.pick(nouns),
    ][i % 6]()
    return {
      query: text,
      language: i % 10 === 9 ? 'en' : 'de',
      sort: i % 5 === 4 ? 'date' : 'relevance',
      page: i % 4 === 3 ? 2 : 1,
      filters: i % 3 === 2 ? { type: [random.pick(TYPES)] } : {},
    }
  })
}

function searchUrl(appUrl: string, query: PublicationQuery) {
  const params = new URLSearchParams({
    q: query.query,
    language: query.language ?? 'de',
    sort: query.sort ?? 'relevance',
    page: String(query.page ?? 1),
  })
  for (const type of query.filters?.type ?? []) params.append('type', String(type))
  return `${appUrl}/api/search?${params}`
}

async function expectOk(response: Response) {
  if (!response.ok) throw new Error(`${response.status}`)
  await response.arrayBuffer()
}

async function measureSearch(stack: ThrowawayStack, requests: number) {
  const { ensurePublicSearchKey } = loadServerModules()
  const searchKey = await ensurePublicSearchKey()
  const queries = querySet()
  // Uncompressed like the baseline; and as browsers and fetch ask for it, gzipped by the server.
  const api = (acceptEncoding: 'identity' | 'gzip, deflate') => (i: number) =>
    fetch(searchUrl(stack.appUrl, queries[i % queries.length]), {
      headers: { 'Accept-Encoding': acceptEncoding },
    }).then(expectOk)
  const raw = (i: number) => {
    const { url, init } = plainSearchRequest(
      stack.meili.host,
      searchKey,
      queries[i % queries.length],
    )
    return fetch(url, init).then(expectOk)
  }
  // One pass over the queries first (caches, JIT, connections); its API figures are the
  // uncached ones, each query's first search after the last index change.
  const firstPass = await runConcurrently(queries.length, 1, api('identity'))
  await runConcurrently(queries.length, 2, raw)
  const rows: {
    clients: number
    api: LatencySummary
    apiGzip: LatencySummary
    raw: LatencySummary
  }[] = []
  for (const clients of CLIENT_LEVELS) {
    rows.push({
      clients,
      raw: await runConcurrently(requests, clients, raw),
      api: await runConcurrently(requests, clients, api('identity')),
      apiGzip: await runConcurrently(requests, clients, api('gzip, deflate')),
    })
  }
  return { rows, firstPass }
}

// ─── Publish-to-searchable lag ───────────────────────────────────────────────────────────────

async function registerAdmin(appUrl: string) {
  const credentials = { email: 'bench@wissenshub.local', password: randomSecret() }
  const response = await fetch(`${appUrl}/api/users/first-register`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(credentials),
  })
  if (!response.ok) throw new Error(`first-register failed: ${response.status}`)
  const { token } = (await response.json()) as { token: string }
  return token
}

async function measureLag(payload: Payload, stack: ThrowawayStack, token: string, samples: number) {
  const lags: number[] = []
  const saves: number[] = []
  const builds: number[] = []
  const syncs: number[] = []
  const random = seededRandom(3)
  for (let i = 0; i < samples; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, random.int(700)))
    const sent = performance.now()
    const response = await fetch(`${stack.appUrl}/api/talks`, {
      method: 'POST',
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        title: `Verzögerungsmessung ${randomSecret().slice(0, 8)}`,
        _status: 'published',
      }),
    })
    if (response.status !== 201) throw new Error(`publish failed: ${response.status}`)
    const acknowledged = performance.now()
    saves.push(acknowledged - sent)
    const { doc } = (await response.json()) as { doc: { id: string } }
    const url = `${stack.meili.host}/indexes/publications-de/documents/talks-${doc.id}`
    const headers = {
      Authorization: `Bearer ${stack.meili.masterKey}`,
      'Accept-Encoding': 'identity',
    }
    for (;;) {
      if ((await fetch(url, { headers })).ok) break
      if (performance.now() - acknowledged > LAG_GIVE_UP_MS) break
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    const lag = performance.now() - acknowledged
    if (lag > LAG_GIVE_UP_MS) log(`talk ${doc.id} not searchable after ${LAG_GIVE_UP_MS / 1000} s`)
    lags.push(lag)
    // Where the lag goes: the same sync the job runs, timed here (reads, then Meilisearch).
    const { buildSearchRecords, syncPublication } = loadServerModules()
    const target = { payload, collection: 'talks' as const, id: doc.id }
    const built = performance.now()
    await buildSearchRecords(target)
    builds.push(performance.now() - built)
    const synced = performance.now()
    await syncPublication(target)
    syncs.push(performance.now() - synced)
  }
  return {
    save: summarize(saves),
    searchable: summarize(lags),
    build: summarize(builds),
    sync: summarize(syncs),
  }
}

// ─── Report ──────────────────────────────────────────────────────────────────────────────────

function printLag(label: string, lag: Awaited<ReturnType<typeof measureLag>>) {
  console.log(
    `publish-to-searchable lag, ${label} (${lag.searchable.count} talks, REST 201 → record in the index): ` +
      `p50 ${ms(lag.searchable.p50)}, p95 ${ms(lag.searchable.p95)}, max ${ms(lag.searchable.max)}; the save itself: p50 ${ms(lag.save.p50)}, p95 ${ms(lag.save.p95)}`,
  )
  console.log(
    `  the job's sync of such a talk, run in the bench process: reading and building its records p50 ${ms(lag.build.p50)}, ` +
      `p95 ${ms(lag.build.p95)}; the whole sync (reads, Meilisearch applied) p50 ${ms(lag.sync.p50)}, p95 ${ms(lag.sync.p95)}`,
  )
}

const line = (latency: LatencySummary) =>
  `${ms(latency.p50)} / ${ms(latency.p95)} / ${ms(latency.p99)}${latency.errors ? ` (${latency.errors} errors)` : ''}`

runMain(async () => {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '10000,100000' },
      // Per client level and side. With 400, 16 clients were done in half a second, and a single
      // stall of 150 ms on either side (at 100,000 once) decided the p95.
      requests: { type: 'string', default: '2000' },
      'lag-samples': { type: 'string', default: '30' },
      // Runs the reindex with a smaller V8 heap: shows what it needs, not what V8 lets it keep.
      'reindex-heap-mb': { type: 'string' },
    },
  })
  const sizes = values.sizes.split(',').map(Number)
  const requests = Number(values.requests)
  const lagSamples = Number(values['lag-samples'])
  const { root, toolsDir } = projectPaths()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wissenshub-bench-'))
  // Jobs run as under `npm start` and in production: in a worker beside the app server.
  const stack = await startThrowawayStack({
    root,
    toolsDir,
    dir,
    database: 'bench',
    log,
    env: { JOBS_AUTORUN: 'false' },
  })
  const worker = await startJobsWorkerProcess({
    root,
    env: { ...process.env, ...stack.appEnv, JOBS_AUTORUN: 'true' },
    prepare: false,
    logFile: path.join(dir, 'worker.log'),
  })
  const mongo = await MongoClient.connect(stack.databaseUri)
  try {
    Object.assign(process.env, stack.appEnv)
    const token = await registerAdmin(stack.appUrl)
    console.log(`Machine: ${os.cpus().length} × ${os.cpus()[0]?.model}, Node ${process.version}`)
    await withPayload(async (payload) => {
      const { seedDemoContent } = loadServerModules()
      if (process.env.BENCH_DEBUG) {
        ;(payload.db as unknown as MongooseAdapter).connection.base.set(
          'debug',
          (coll: string, method: string, query: unknown) =>
            console.log(
              new Date().toISOString(),
              coll,
              method,
              JSON.stringify(query).slice(0, 300),
            ),
        )
      }
      log('seeding the conference and reference data…')
      await seedDemoContent(payload, () => undefined)
      const refs = await createReferenceData(payload)
      const templates = await loadTemplates(payload, mongo.db())
      await waitForJobQueue(payload)
      const random = seededRandom(1)
      let synthetic = 0
      printLag('seed conference only', await measureLag(payload, stack, token, lagSamples))
      for (const size of sizes) {
        log(`generating ${size - synthetic} more publications…`)
        await insertSynthetic(
          payload,
          mongo.db(),
          templates,
          refs,
          size - synthetic,
          random,
          synthetic,
        )
        synthetic = size

        log('reindexing…')
        const rebuilt = await runSearchReindex(stack, values['reindex-heap-mb'])
        const reindexSeconds = rebuilt.seconds
        const records = rebuilt.documents.de + rebuilt.documents.en
        log('reading the records, then raw indexing…')
        const started = performance.now()
        const batches = await readAllRecords(payload)
        const readSeconds = (performance.now() - started) / 1000
        const rawSeconds = await rawIndexing(batches)
        log('searching…')
        const search = await measureSearch(stack, requests)

        console.log(`\n== ${size.toLocaleString('en')} synthetic publications + seed`)
        console.log(`records: ${rebuilt.documents.de} German, ${rebuilt.documents.en} English`)
        console.log(
          `reindex (search:reindex): ${reindexSeconds.toFixed(1)} s, ${(records / reindexSeconds).toFixed(0)} records/s` +
            ` (reading and building the records alone: ${readSeconds.toFixed(1)} s)`,
        )
        console.log(
          `memory of the reindexing process (search:reindex): ${rebuilt.peakMemoryMiB} MiB at the peak` +
            (values['reindex-heap-mb'] ? ` (heap limited to ${values['reindex-heap-mb']} MB)` : ''),
        )
        console.log(
          `raw addDocuments, batches of ${RAW_BATCH}: ${rawSeconds.toFixed(1)} s, ${(records / rawSeconds).toFixed(0)} records/s` +
            `  → reindex takes ${ratio(reindexSeconds / rawSeconds)} raw`,
        )
        console.log(`search, ${requests} requests per level, p50 / p95 / p99:`)
        console.log(
          `  first search of each query (uncached), 1 client: API ${line(search.firstPass)}`,
        )
        for (const row of search.rows) {
          console.log(
            `  ${row.clients} client(s): API ${line(row.api)} | raw ${line(row.raw)} | p95 ratio ${ratio(row.api.p95 / row.raw.p95)}` +
              ` | API gzip ${line(row.apiGzip)}, ratio ${ratio(row.apiGzip.p95 / row.raw.p95)}`,
          )
        }
        printLag(
          `${size} synthetic publications`,
          await measureLag(payload, stack, token, LAG_SAMPLES_LOADED),
        )
      }
    })
  } finally {
    await mongo.close()
    await worker.stop()
    await stopProcesses(stack.pids)
    fs.rmSync(dir, { recursive: true, force: true })
  }
})
