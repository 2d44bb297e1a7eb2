import type { TaskConfig } from 'payload'

import { applySearchSettings } from './ensureSearchIndexes'
import { getSynonymGroups } from './synonymGroups'
import { OUTBOX_RETRIES } from '@/jobs/outboxRetries'

export const APPLY_SEARCH_SETTINGS_TASK = 'applySearchSettings'

/** Re-applies the index settings with the editors' current synonym list. */
export const applySearchSettingsTask: TaskConfig<'applySearchSettings'> = {
  slug: APPLY_SEARCH_SETTINGS_TASK,
  label: 'Sucheinstellungen anwenden',
  retries: OUTBOX_RETRIES,
  handler: async ({ req }) => {
    await applySearchSettings(await getSynonymGroups(req.payload, { fresh: true }))
    return { output: {} }
  },
}
