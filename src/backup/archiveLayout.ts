import type { Settings } from 'meilisearch'

/**
 * What a backup archive holds (a .tar.gz):
 *
 *   manifest.json               this manifest
 *   database/<collection>.ejson one document a line, canonical MongoDB Extended JSON
 *   media/                      the upload folder as it was (absent when media live on S3)
 *   search/settings.json        the settings of each search index, by index uid
 */
export const BACKUP_FORMAT = 'wissenshub-backup/1'

export const ARCHIVE = {
  manifest: 'manifest.json',
  database: 'database',
  media: 'media',
  searchSettings: 'search/settings.json',
} as const

export type BackupManifest = {
  format: typeof BACKUP_FORMAT
  createdAt: string
  /** Documents per collection. */
  collections: Record<string, number>
  /** `null`: media are on S3 and backed up there (bucket versioning), not in the archive. */
  media: { files: number; bytes: number } | null
  searchIndexes: string[]
}

export type SearchSettingsByIndex = Record<string, Settings>

export const collectionFile = (collection: string) => `${ARCHIVE.database}/${collection}.ejson`

/** Payload's upload folder for media, unless an external storage (S3) replaces it. */
export function localMediaDir(upload: { staticDir?: string; disableLocalStorage?: boolean }) {
  return upload.disableLocalStorage || !upload.staticDir ? null : upload.staticDir
}
