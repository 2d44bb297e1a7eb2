import fs from 'node:fs'
import path from 'node:path'

import { BSON, MongoClient } from 'mongodb'

import { eventually, stack } from '../helpers/api'
import { testMeiliClient } from '../helpers/meiliClient'
import { runScript } from '../helpers/runScript'
import { makeTmpDir } from '../helpers/testStack'
import {
  randomSecret,
  startThrowawayStack,
  stopProcesses,
  type ThrowawayStack,
} from '../../src/services/throwawayStack'

/**
 * Backup of the seeded demo hub from one stack, restore into a second, fresh one: every document
 * of every collection, the search index and the media files must come back identical.
 */
const tmp = makeTmpDir()
let source: ThrowawayStack
let target: ThrowawayStack
const archive = path.join(tmp, 'hub.tar.gz')

const startStack = (name: string) =>
  startThrowawayStack({
    root: stack().root,
    toolsDir: path.join(stack().root, '.tools'),
    dir: path.join(tmp, name),
    database: `wissenshub_${name}`,
    log: () => undefined,
  })

async function documentsByCollection(databaseUri: string) {
  const client = await MongoClient.connect(databaseUri)
  try {
    const db = client.db()
    const result: Record<string, string[]> = {}
    for (const { name } of await db.listCollections({}, { nameOnly: true }).toArray()) {
      // Not what a running hub writes on its own as it checks its schedules, whatever restore
      // does: the scheduled jobs (the nightly reconcile) and Payload's statistics of them.
      const docs = await db
        .collection(name)
        .find({ globalType: { $ne: 'payload-jobs-stats' }, 'meta.scheduled': { $ne: true } })
        .sort({ _id: 1 })
        .toArray()
      if (docs.length === 0) continue
      result[name] = docs.map((doc) => BSON.EJSON.stringify(doc, { relaxed: false }))
    }
    return result
  } finally {
    await client.close()
  }
}

async function searchIndexes(meili: ThrowawayStack['meili']) {
  const client = testMeiliClient(meili.host, meili.masterKey)
  const result: Record<string, { ids: string[]; settings: unknown }> = {}
  for (const uid of ['publications-de', 'publications-en']) {
    const { results } = await client
      .index(uid)
      .getDocuments<{ id: string }>({ fields: ['id'], limit: 10_000 })
    result[uid] = {
      ids: results.map((doc) => doc.id).sort(),
      settings: await client.index(uid).getSettings(),
    }
  }
  return result
}

function mediaFiles(dir: string) {
  return Object.fromEntries(
    fs
      .readdirSync(dir)
      .sort()
      .map((name) => [name, fs.readFileSync(path.join(dir, name)).toString('base64')]),
  )
}

beforeAll(async () => {
  ;[source, target] = await Promise.all([startStack('source'), startStack('target')])
  await runScript('scripts/seed.ts', [], { ...source.appEnv, ADMIN_PASSWORD: randomSecret() })
  // The seed's search jobs run in the source app; the backup is taken once they are done.
  await eventually(
    'the source hub has no pending jobs',
    async () => {
      const ready = await fetch(`${source.appUrl}/api/ready`).then((response) => response.json())
      // Jobs scheduled ahead (the nightly search reconcile) change nothing that is backed up.
      return ready.checks.jobs.pending === 0
    },
    120_000,
  )
}, 300_000)

afterAll(async () => {
  await stopProcesses([...(source?.pids ?? []), ...(target?.pids ?? [])])
  fs.rmSync(tmp, { recursive: true, force: true })
})

describe('npm run backup / npm run restore', () => {
  it('round-trips the seeded hub: documents, search index and media files', async () => {
    const backup = await runScript('scripts/backup.ts', [archive], source.appEnv)
    expect(backup.stdout).toContain(`Written: ${archive}`)

    const restore = await runScript('scripts/restore.ts', [archive], target.appEnv)
    expect(restore.stdout).toContain('rebuilding the index')

    const [before, after] = await Promise.all([
      documentsByCollection(source.databaseUri),
      documentsByCollection(target.databaseUri),
    ])
    expect(Object.keys(before)).toEqual(expect.arrayContaining(['talks', 'media', 'users']))
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort())
    for (const collection of Object.keys(before)) {
      expect({ collection, docs: after[collection] }).toEqual({
        collection,
        docs: before[collection],
      })
    }

    const [sourceIndexes, targetIndexes] = await Promise.all([
      searchIndexes(source.meili),
      searchIndexes(target.meili),
    ])
    expect(sourceIndexes['publications-de']!.ids.length).toBeGreaterThan(5)
    expect(targetIndexes).toEqual(sourceIndexes)

    const sourceMedia = mediaFiles(source.appEnv.MEDIA_DIR!)
    expect(Object.keys(sourceMedia).length).toBeGreaterThanOrEqual(2)
    expect(mediaFiles(target.appEnv.MEDIA_DIR!)).toEqual(sourceMedia)

    // The restored hub serves what it restored: a seeded figure, byte for byte.
    const [figure] = Object.keys(sourceMedia)
    const served = await fetch(`${target.appUrl}/api/media/file/${figure}`)
    expect(served.status).toBe(200)
    expect(Buffer.from(await served.arrayBuffer()).toString('base64')).toBe(sourceMedia[figure!])
  }, 300_000)

  it('refuses to restore over a non-empty database without --force, and changes nothing', async () => {
    const before = await documentsByCollection(target.databaseUri)
    const refused = await runScript('scripts/restore.ts', [archive], target.appEnv).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    )
    expect(refused?.code).toBe(1)
    expect(refused?.stderr).toMatch(/not empty: .*talks \(\d+\).*--force/s)
    expect(await documentsByCollection(target.databaseUri)).toEqual(before)

    const forced = await runScript('scripts/restore.ts', [archive, '--force'], target.appEnv)
    expect(forced.stdout).toContain('--force: deleting')
    expect(await documentsByCollection(target.databaseUri)).toEqual(before)
  }, 300_000)

  it('refuses a file that is not a backup', async () => {
    const bogus = path.join(tmp, 'bogus.tar.gz')
    fs.writeFileSync(bogus, 'not an archive')
    const refused = await runScript('scripts/restore.ts', [bogus], target.appEnv).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    )
    expect(refused?.code).toBe(1)
  }, 120_000)
})
