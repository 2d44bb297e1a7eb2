import type { TaskConfig } from 'payload'

import { rebuildSearchIndexes } from './reindex'

export const REINDEX_SEARCH_TASK = 'reindexSearch'

/** The admin's "rebuild the index" button, run by the jobs runner so the request returns at once. */
export const reindexSearchTask: TaskConfig<'reindexSearch'> = {
  slug: REINDEX_SEARCH_TASK,
  label: 'Suchindex neu aufbauen',
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 5_000 } },
  handler: async ({ req }) => {
    const { documents } = await rebuildSearchIndexes(req.payload)
    return { output: { documents } }
  },
  outputSchema: [{ name: 'documents', type: 'json' }],
}
