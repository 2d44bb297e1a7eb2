import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { finished } from 'node:stream/promises'

import { BSON } from 'mongodb'
import type { Payload } from 'payload'
import * as tar from 'tar'

import { publicationsIndexUid, SEARCH_LANGUAGES } from '@/search/indexes'
import { getMeiliAdmin } from '@/search/meiliClients'

import {
  ARCHIVE,
  BACKUP_FORMAT,
  type BackupManifest,
  collectionFile,
  localMediaDir,
  type SearchSettingsByIndex,
} from './archiveLayout'
import { databaseOf } from './databaseOf'

async function dumpCollections(payload: Payload, into: string) {
  const db = databaseOf(payload)
  await fs.mkdir(path.join(into, ARCHIVE.database), { recursive: true })
  const counts: Record<string, number> = {}
  const collections = await db.listCollections({}, { nameOnly: true }).toArray()
  for (const { name } of collections.filter(({ name }) => !name.startsWith('system.'))) {
    const out = createWriteStream(path.join(into, collectionFile(name)))
    counts[name] = 0
    // Canonical EJSON keeps every BSON type (ObjectId, Date, Int32 vs Double) exactly.
    for await (const doc of db.collection(name).find({}).sort({ _id: 1 })) {
      if (!out.write(`${BSON.EJSON.stringify(doc, { relaxed: false })}\n`)) {
        await once(out, 'drain')
      }
      counts[name] += 1
    }
    out.end()
    await finished(out)
  }
  return counts
}

async function copyMedia(mediaDir: string | null, into: string) {
  if (!mediaDir) return null
  const target = path.join(into, ARCHIVE.media)
  await fs.mkdir(target, { recursive: true })
  const exists = await fs.stat(mediaDir).then(
    () => true,
    () => false,
  )
  if (exists) await fs.cp(mediaDir, target, { recursive: true })
  let files = 0
  let bytes = 0
  for (const entry of await fs.readdir(target, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    files += 1
    bytes += (await fs.stat(path.join(entry.parentPath, entry.name))).size
  }
  return { files, bytes }
}

async function saveSearchSettings(into: string) {
  const admin = getMeiliAdmin()
  const settings: SearchSettingsByIndex = {}
  for (const language of SEARCH_LANGUAGES) {
    const uid = publicationsIndexUid(language)
    settings[uid] = await admin.index(uid).getSettings()
  }
  await fs.mkdir(path.dirname(path.join(into, ARCHIVE.searchSettings)), { recursive: true })
  await fs.writeFile(path.join(into, ARCHIVE.searchSettings), JSON.stringify(settings, null, 2))
  return Object.keys(settings)
}

/**
 * Writes one .tar.gz with every collection of the database, the media files and the search
 * index settings. The archive appears under its name only once complete.
 */
export async function createBackup({
  payload,
  archivePath,
  log,
}: {
  payload: Payload
  archivePath: string
  log: (line: string) => void
}): Promise<BackupManifest> {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'wissenshub-backup-'))
  const partial = `${archivePath}.partial`
  try {
    const collections = await dumpCollections(payload, work)
    const total = Object.values(collections).reduce((sum, count) => sum + count, 0)
    log(`Database: ${total} documents in ${Object.keys(collections).length} collections`)

    const mediaDir = localMediaDir(payload.collections.media.config.upload)
    const media = await copyMedia(mediaDir, work)
    log(
      media
        ? `Media: ${media.files} files, ${(media.bytes / 1024 / 1024).toFixed(1)} MB from ${mediaDir}`
        : 'Media: on S3, not in the archive (back the bucket up with versioning or your provider)',
    )

    const searchIndexes = await saveSearchSettings(work)
    log(`Search: settings of ${searchIndexes.join(', ')}`)

    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      createdAt: new Date().toISOString(),
      collections,
      media,
      searchIndexes,
    }
    await fs.writeFile(path.join(work, ARCHIVE.manifest), JSON.stringify(manifest, null, 2))

    await fs.mkdir(path.dirname(path.resolve(archivePath)), { recursive: true })
    const entries = (await fs.readdir(work)).sort()
    await tar.create({ gzip: true, file: partial, cwd: work, portable: true }, entries)
    await fs.rename(partial, archivePath)
    return manifest
  } finally {
    await fs.rm(partial, { force: true })
    await fs.rm(work, { recursive: true, force: true })
  }
}
