import { createReadStream } from 'node:fs'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { isDeepStrictEqual } from 'node:util'

import { BSON, type Document } from 'mongodb'
import type { Payload } from 'payload'
import * as tar from 'tar'

import { getMeiliAdmin } from '@/search/meiliClients'
import { rebuildSearchIndexes } from '@/search/reindex'

import {
  ARCHIVE,
  BACKUP_FORMAT,
  type BackupManifest,
  collectionFile,
  localMediaDir,
  type SearchSettingsByIndex,
} from './archiveLayout'
import { databaseOf } from './databaseOf'

const INSERT_BATCH = 500

/** Restoring over existing content needs `--force`; the message says what is there. */
export class RestoreRefusedError extends Error {
  constructor(nonEmpty: Record<string, number>) {
    const listed = Object.entries(nonEmpty)
      .map(([name, count]) => `${name} (${count})`)
      .join(', ')
    super(
      `The target database is not empty: ${listed}. Restoring replaces ALL of it with the ` +
        'archive; run again with --force if that is what you want.',
    )
    this.name = 'RestoreRefusedError'
  }
}

async function readManifest(dir: string): Promise<BackupManifest> {
  const file = path.join(dir, ARCHIVE.manifest)
  const manifest = JSON.parse(
    await fs.readFile(file, 'utf8').catch(() => 'null'),
  ) as BackupManifest | null
  if (manifest?.format !== BACKUP_FORMAT) {
    throw new Error(`Not a Wissenshub backup (${BACKUP_FORMAT}): no valid ${ARCHIVE.manifest}`)
  }
  return manifest
}

// What a hub writes by itself when it starts, before anyone works in it: the jobs its schedules
// queue (the nightly search reconcile) and Payload's record of them. A hub holding only these
// is empty; they are replaced like everything else.
const WRITTEN_AT_START: Record<string, Document> = {
  'payload-jobs': { 'meta.scheduled': true, totalTried: 0 },
  globals: { globalType: 'payload-jobs-stats' },
}

/** Documents per non-empty collection: all of them, and those beyond what a start writes. */
async function nonEmptyCollections(payload: Payload) {
  const db = databaseOf(payload)
  const all: Record<string, number> = {}
  const content: Record<string, number> = {}
  for (const { name } of await db.listCollections({}, { nameOnly: true }).toArray()) {
    if (name.startsWith('system.')) continue
    const count = await db.collection(name).countDocuments()
    if (count === 0) continue
    all[name] = count
    const startup = WRITTEN_AT_START[name]
    const written = startup ? await db.collection(name).countDocuments(startup) : 0
    if (count > written) content[name] = count
  }
  return { all, content }
}

async function loadCollection(payload: Payload, dir: string, name: string) {
  const collection = databaseOf(payload).collection(name)
  const lines = createInterface({ input: createReadStream(path.join(dir, collectionFile(name))) })
  let batch: Document[] = []
  let loaded = 0
  for await (const line of lines) {
    if (!line) continue
    batch.push(BSON.EJSON.parse(line, { relaxed: false }) as Document)
    if (batch.length === INSERT_BATCH) {
      await collection.insertMany(batch, { ordered: true })
      loaded += batch.length
      batch = []
    }
  }
  if (batch.length > 0) await collection.insertMany(batch, { ordered: true })
  return loaded + batch.length
}

async function replaceMedia(from: string, mediaDir: string) {
  await fs.mkdir(mediaDir, { recursive: true })
  for (const entry of await fs.readdir(mediaDir)) {
    await fs.rm(path.join(mediaDir, entry), { recursive: true, force: true })
  }
  const exists = await fs.stat(from).then(
    () => true,
    () => false,
  )
  if (exists) await fs.cp(from, mediaDir, { recursive: true })
}

async function settingsDiffering(dir: string): Promise<string[]> {
  const archived = JSON.parse(
    await fs.readFile(path.join(dir, ARCHIVE.searchSettings), 'utf8'),
  ) as SearchSettingsByIndex
  const admin = getMeiliAdmin()
  const differing: string[] = []
  for (const [uid, settings] of Object.entries(archived)) {
    if (!isDeepStrictEqual(await admin.index(uid).getSettings(), settings)) differing.push(uid)
  }
  return differing
}

/**
 * Rebuilds a hub from an archive of `createBackup`: replaces every collection of the database
 * and the media folder with the archive's, then rebuilds the search index from the restored
 * database. Refuses a database that holds any document unless `force`.
 */
export async function restoreBackup({
  payload,
  archivePath,
  force,
  log,
}: {
  payload: Payload
  archivePath: string
  force: boolean
  log: (line: string) => void
}): Promise<BackupManifest> {
  await fs.access(archivePath).catch(() => {
    throw new Error(`No backup archive at ${archivePath}`)
  })
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'wissenshub-restore-'))
  try {
    await tar.extract({ file: archivePath, cwd: work, strict: true })
    const manifest = await readManifest(work)
    log(`Archive of ${manifest.createdAt}: ${Object.keys(manifest.collections).length} collections`)

    const existing = await nonEmptyCollections(payload)
    if (Object.keys(existing.content).length > 0) {
      if (!force) throw new RestoreRefusedError(existing.content)
      log(
        `--force: deleting what the target database holds (${Object.keys(existing.content).join(', ')})`,
      )
    }
    const db = databaseOf(payload)
    // Emptied, not dropped: the collections keep the indexes Payload created at start-up.
    for (const name of Object.keys(existing.all)) await db.collection(name).deleteMany({})
    for (const [name, expected] of Object.entries(manifest.collections)) {
      const loaded = await loadCollection(payload, work, name)
      if (loaded !== expected) {
        throw new Error(`${name}: the archive lists ${expected} documents but holds ${loaded}`)
      }
      log(`Database: ${name} ← ${loaded} documents`)
    }

    const mediaDir = localMediaDir(payload.collections.media.config.upload)
    if (manifest.media && mediaDir) {
      await replaceMedia(path.join(work, ARCHIVE.media), mediaDir)
      log(`Media: ${manifest.media.files} files → ${mediaDir}`)
    } else if (manifest.media) {
      log('Media: this hub stores media on S3; upload the archive’s media/ folder to the bucket')
    } else {
      log('Media: the archive has none (they were on S3); restore the bucket separately')
    }

    log('Search: rebuilding the index from the restored database …')
    const { documents } = await rebuildSearchIndexes(payload)
    log(`Search: ${JSON.stringify(documents)} records indexed`)
    const differing = await settingsDiffering(work)
    if (differing.length > 0) {
      log(
        `Search: the settings of ${differing.join(', ')} differ from the archive's (made by ` +
          'another version of Wissenshub?); this version’s settings apply.',
      )
    }
    return manifest
  } finally {
    await fs.rm(work, { recursive: true, force: true })
  }
}
