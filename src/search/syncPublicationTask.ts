import type { TaskConfig } from 'payload'

import { PUBLICATION_COLLECTIONS, type PublicationCollection } from '@/publicationTypes'

import { mediaOfDocument, refreshMediaPublicUse } from '@/uploads/mediaPublicUse'

import { dropCachedSiteReads } from '@/hooks/revalidateSite'

import { syncPublication } from './syncPublication'
import { OUTBOX_RETRIES } from '@/jobs/outboxRetries'

export const SYNC_PUBLICATION_TASK = 'syncPublication'

/**
 * The outbox of the search index: queued with every save, run by the jobs runner. Retries back
 * off exponentially from 0.25 s up to 30 s, so an outage of Meilisearch delays indexing, and
 * search catches up within half a minute of its return.
 */
export const syncPublicationTask: TaskConfig<'syncPublication'> = {
  slug: SYNC_PUBLICATION_TASK,
  label: 'Suchindex aktualisieren',
  inputSchema: [
    { name: 'collection', type: 'select', options: [...PUBLICATION_COLLECTIONS], required: true },
    { name: 'id', type: 'text', required: true },
    // Queued for the minute an embargo lifts: nothing is saved then, so nothing else tells the
    // site's cached pages.
    { name: 'embargoLifts', type: 'checkbox' },
  ],
  retries: OUTBOX_RETRIES,
  handler: async ({ input, req }) => {
    const collection = input.collection as PublicationCollection
    try {
      await syncPublication({ payload: req.payload, collection, id: input.id })
    } finally {
      // Queued for the minute an embargo lifts, too: then the release's figures become public.
      // After the index, so that searches see a publication as soon as possible.
      const { docs } = await req.payload.find({
        collection,
        where: { id: { equals: input.id } },
        depth: 0,
        limit: 1,
        pagination: false,
        overrideAccess: true,
      })
      await refreshMediaPublicUse(req.payload, mediaOfDocument(req.payload, collection, docs[0]))
      if (input.embargoLifts) dropCachedSiteReads(req)
    }
    return { output: {} }
  },
}
