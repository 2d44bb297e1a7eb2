import type { CollectionConfig } from 'payload'

import { rejectMalformedQuery } from '@/hooks/rejectMalformedQuery'

/** Every collection checks the shape of the queries it is sent (src/hooks/rejectMalformedQuery). */
export const withQueryChecks = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeOperation: [rejectMalformedQuery, ...(collection.hooks?.beforeOperation ?? [])],
  },
})
