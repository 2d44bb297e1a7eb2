import type { TaskConfig } from 'payload'

import { findDependants, REFERENCED_COLLECTIONS, type ReferencedCollection } from './dependants'
import { SYNC_PUBLICATION_TASK } from './syncPublicationTask'
import { OUTBOX_RETRIES } from '@/jobs/outboxRetries'

export const SYNC_DEPENDANTS_TASK = 'syncDependants'

/**
 * After a person, organisation, topic or event changed or was deleted: queues a sync of every
 * publication that shows it, so renamed or removed names leave the index.
 */
export const syncDependantsTask: TaskConfig<'syncDependants'> = {
  slug: SYNC_DEPENDANTS_TASK,
  label: 'Abhängige Inhalte im Suchindex aktualisieren',
  inputSchema: [
    { name: 'collection', type: 'select', options: [...REFERENCED_COLLECTIONS], required: true },
    { name: 'id', type: 'text', required: true },
  ],
  retries: OUTBOX_RETRIES,
  handler: async ({ input, req }) => {
    const dependants = await findDependants(
      req.payload,
      input.collection as ReferencedCollection,
      input.id,
    )
    for (const dependant of dependants) {
      await req.payload.jobs.queue({ task: SYNC_PUBLICATION_TASK, input: dependant, req })
    }
    return { output: { queued: dependants.length } }
  },
  outputSchema: [{ name: 'queued', type: 'number' }],
}
