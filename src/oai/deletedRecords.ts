import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import type { HarvestedCollection } from './dublinCore'

const COLLECTION = 'oaiDeletedRecords'

async function forget(req: PayloadRequest, collection: HarvestedCollection, docId: string) {
  await req.payload.delete({
    collection: COLLECTION,
    where: { and: [{ harvestedCollection: { equals: collection } }, { docId: { equals: docId } }] },
    overrideAccess: true,
    req,
  })
}

async function remember(req: PayloadRequest, collection: HarvestedCollection, docId: string) {
  await forget(req, collection, docId)
  await req.payload.create({
    collection: COLLECTION,
    data: { harvestedCollection: collection, docId, deletedAt: new Date().toISOString() },
    overrideAccess: true,
    req,
  })
}

/**
 * A harvested item that leaves the public record set (unpublished) is kept as a deleted record;
 * one that comes back (published again) is no longer deleted. The saved `doc` may be a draft
 * (autosave) while the published version stays, so the published version is read.
 */
export const keepOaiDeletionsAfterChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  collection,
  req,
}) => {
  const slug = collection.slug as HarvestedCollection
  const published = await req.payload.find({
    collection: slug,
    where: { id: { equals: doc.id } },
    draft: false,
    depth: 0,
    limit: 1,
    select: { _status: true },
    overrideAccess: true,
    req,
  })
  const isPublished = published.docs[0]?._status === 'published'
  if (isPublished) await forget(req, slug, String(doc.id))
  else if (previousDoc?._status === 'published') await remember(req, slug, String(doc.id))
  return doc
}

export const keepOaiDeletionsAfterDelete: CollectionAfterDeleteHook = async ({
  doc,
  collection,
  req,
}) => {
  if (doc?._status === 'published') {
    await remember(req, collection.slug as HarvestedCollection, String(doc.id))
  }
  return doc
}
