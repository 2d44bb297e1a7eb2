import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { Payload } from 'payload'

import { PUBLICATION_COLLECTIONS } from '@/publicationTypes'

// MongoDB and FerretDB answer `listIndexes` of a missing collection with NamespaceNotFound.
const isNamespaceNotFound = (error: unknown) =>
  typeof error === 'object' && error !== null && 'code' in error && error.code === 26

/**
 * Publications' slugs were once unique in the database; drafts may now share one (src/fields/
 * slug.ts), so an index made then would refuse such a draft. Replaces a unique `slug` index with
 * a plain one; a database made since has none, and then this does nothing.
 */
export async function relaxDraftSlugIndexes(payload: Payload): Promise<void> {
  const db = payload.db as MongooseAdapter
  for (const slug of PUBLICATION_COLLECTIONS) {
    const collection = db.collections[slug]?.collection
    if (!collection) continue
    // A collection not created yet (a fresh database) has no index to relax.
    const indexes = await collection.indexes().catch((error: unknown) => {
      if (isNamespaceNotFound(error)) return []
      throw error
    })
    for (const index of indexes) {
      const keys = Object.keys(index.key)
      if (!index.unique || keys.length !== 1 || keys[0] !== 'slug' || !index.name) continue
      await collection.dropIndex(index.name)
      await collection.createIndex({ slug: 1 })
      payload.logger.info({ collection: slug }, 'slug index no longer unique (drafts may share)')
    }
  }
}
