import type { TaskConfig } from 'payload'

import { applySearchSettings } from './ensureSearchIndexes'
import { getSynonymGroups } from './synonymGroups'
import { SEARCH_OUTBOX_RETRIES } from './outboxRetries'

export const APPLY_SEARCH_SETTINGS_TASK = 'applySearchSettings'

/** Re-applies the index settings with the editors' current synonym list. */
export const applySearchSettingsTask: TaskConfig<'applySearchSettings'> = {
  slug: APPLY_SEARCH_SETTINGS_TASK,
  label: 'Sucheinstellungen anwenden',
  retries: SEARCH_OUTBOX_RETRIES,
  handler: async ({ req }) => {
    await applySearchSettings(await getSynonymGroups(req.payload, { fresh: true }))
    return { output: {} }
  },
}
