import type { TaskConfig } from 'payload'

import { reconcileSearchIndexes } from './reconcile'

export const RECONCILE_SEARCH_TASK = 'reconcileSearch'

/** Six-field cron (seconds first); daily at 03:30 unless `SEARCH_RECONCILE_CRON` says otherwise. */
export const SEARCH_RECONCILE_CRON = process.env.SEARCH_RECONCILE_CRON || '0 30 3 * * *'

/**
 * The periodic safety net: repairs whatever the outbox missed (a crash between save and queueing
 * on FerretDB, which has no transactions). What it repaired is logged as a warning (completed
 * jobs are deleted, so their output is not kept).
 */
export const reconcileSearchTask: TaskConfig<'reconcileSearch'> = {
  slug: RECONCILE_SEARCH_TASK,
  label: 'Suchindex abgleichen',
  schedule: [{ cron: SEARCH_RECONCILE_CRON, queue: 'default' }],
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 5_000 } },
  handler: async ({ req }) => {
    const report = await reconcileSearchIndexes(req.payload)
    const repaired = Object.values(report).reduce(
      (sum, language) => sum + language.added + language.updated + language.removed,
      0,
    )
    if (repaired > 0) req.payload.logger.warn({ report }, `search reconcile repaired ${repaired}`)
    return { output: { report, repaired } }
  },
  outputSchema: [
    { name: 'report', type: 'json' },
    { name: 'repaired', type: 'number' },
  ],
}
