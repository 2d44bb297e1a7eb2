import { getMeiliAdmin } from './meiliClients'
import { publicationsIndexSettings, publicationsIndexUid, SEARCH_LANGUAGES } from './indexes'
import { DEFAULT_SYNONYM_GROUPS, synonymsFromGroups } from './synonyms'

let ensured: Promise<void> | undefined

/** Creates missing indexes and applies the settings (idempotent: unchanged settings are a no-op). */
export async function applySearchSettings(synonymGroups: string[][] = DEFAULT_SYNONYM_GROUPS) {
  const admin = getMeiliAdmin()
  for (const language of SEARCH_LANGUAGES) {
    const uid = publicationsIndexUid(language)
    const index = await admin.getIndex(uid).catch(() => undefined)
    if (!index) await admin.createIndex(uid, { primaryKey: 'id' }).waitTask()
    const settings = publicationsIndexSettings(language, synonymsFromGroups(synonymGroups))
    const task = await admin.index(uid).updateSettings(settings).waitTask()
    if (task.status !== 'succeeded') {
      throw new Error(
        `Applying search settings to ${uid} failed: ${task.error?.message ?? task.status}`,
      )
    }
  }
}

/** Creates the indexes and applies their settings once per process, before any document. */
export function ensureSearchIndexes(synonymGroups?: string[][]): Promise<void> {
  ensured ??= applySearchSettings(synonymGroups).catch((error: unknown) => {
    ensured = undefined
    throw error
  })
  return ensured
}
