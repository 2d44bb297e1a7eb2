import type { TaskConfig } from 'payload'

import { applySearchSettings } from './ensureSearchIndexes'
import { getSynonymGroups } from './synonymGroups'

export const APPLY_SEARCH_SETTINGS_TASK = 'applySearchSettings'

/** Re-applies the index settings with the editors' current synonym list. */
export const applySearchSettingsTask: TaskConfig<'applySearchSettings'> = {
  slug: APPLY_SEARCH_SETTINGS_TASK,
  label: 'Sucheinstellungen anwenden',
  // Back-off capped at 30 s (src/jobs/capRetryDelays.ts): 250 tries cover about two hours.
  retries: { attempts: 250, backoff: { type: 'exponential', delay: 250 } },
  handler: async ({ req }) => {
    await applySearchSettings(await getSynonymGroups(req.payload, { fresh: true }))
    return { output: {} }
  },
}
