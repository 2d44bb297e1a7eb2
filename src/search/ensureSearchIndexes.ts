import { getMeiliAdmin } from './meiliClients'
import { publicationsIndexSettings, publicationsIndexUid, SEARCH_LANGUAGES } from './indexes'

let ensured: Promise<void> | undefined

async function applySettings() {
  const admin = getMeiliAdmin()
  for (const language of SEARCH_LANGUAGES) {
    const uid = publicationsIndexUid(language)
    const index = await admin.getIndex(uid).catch(() => undefined)
    if (!index) await admin.createIndex(uid, { primaryKey: 'id' }).waitTask()
    const task = await admin
      .index(uid)
      .updateSettings(publicationsIndexSettings(language))
      .waitTask()
    if (task.status !== 'succeeded') {
      throw new Error(
        `Applying search settings to ${uid} failed: ${task.error?.message ?? task.status}`,
      )
    }
  }
}

/** Creates the indexes and applies their settings once per process, before any document. */
export function ensureSearchIndexes(): Promise<void> {
  ensured ??= applySettings().catch((error: unknown) => {
    ensured = undefined
    throw error
  })
  return ensured
}
