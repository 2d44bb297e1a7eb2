import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  PayloadRequest,
  Where,
} from 'payload'

import { isPublic, publicConstraint } from '@/access/publicConstraint'
import { publishedBefore } from '@/hooks/publishedBefore'

import type { HarvestedCollection } from './dublinCore'

const COLLECTION = 'oaiDeletedRecords'

const recordWhere = (collection: HarvestedCollection, docId: string): Where => ({
  and: [{ harvestedCollection: { equals: collection } }, { docId: { equals: docId } }],
})

/** Whether harvesters see the item now: its published version, past any embargo. */
async function isHarvestable(
  req: PayloadRequest,
  collection: HarvestedCollection,
  id: string,
  constraint: Where,
) {
  const { docs } = await req.payload.find({
    collection,
    where: { and: [{ id: { equals: id } }, constraint] },
    draft: false,
    depth: 0,
    limit: 1,
    pagination: false,
    select: { _status: true },
    overrideAccess: true,
    req,
  })
  return docs.length > 0
}

async function remember(req: PayloadRequest, collection: HarvestedCollection, docId: string) {
  const deletedAt = new Date().toISOString()
  const { docs } = await req.payload.update({
    collection: COLLECTION,
    where: recordWhere(collection, docId),
    data: { deletedAt },
    overrideAccess: true,
    req,
  })
  if (docs.length === 0) {
    await req.payload.create({
      collection: COLLECTION,
      data: { harvestedCollection: collection, docId, deletedAt },
      overrideAccess: true,
      req,
    })
  }
}

const forget = (req: PayloadRequest, collection: HarvestedCollection, docId: string) =>
  req.payload.delete({
    collection: COLLECTION,
    where: recordWhere(collection, docId),
    overrideAccess: true,
    req,
  })

/**
 * The save is done when this runs: a failure to keep the deleted record is logged, not thrown,
 * so the other after-hooks (search index, webhooks, page cache) still see the change.
 */
async function keepRecord(
  req: PayloadRequest,
  change: 'remember' | 'forget',
  collection: HarvestedCollection,
  docId: string,
) {
  try {
    await (change === 'remember' ? remember : forget)(req, collection, docId)
  } catch (error) {
    req.payload.logger.error(
      { err: error },
      `OAI-PMH: could not ${change} the deleted record of ${collection}/${docId}`,
    )
  }
}

/** Whether harvesters saw the item until this save or delete (read before it). */
function wasPublic(req: PayloadRequest, collection: HarvestedCollection, id: string) {
  const before = publishedBefore(req, collection, id)
  return before !== null && isPublic(before)
}

/**
 * A harvested item that was public and is no longer published is kept as a deleted record; one
 * that is public again is no longer deleted. Whether it was public is read before the save
 * (src/hooks/publishedBefore.ts: `previousDoc` may be an autosaved draft). An item that was never public (a draft, or
 * published under an embargo) leaves no trace. A published item given a new embargo is hidden
 * until it lifts but not reported deleted: it comes back.
 */
export const keepOaiDeletionsAfterChange: CollectionAfterChangeHook = async ({
  doc,
  collection,
  req,
}) => {
  const slug = collection.slug as HarvestedCollection
  const id = String(doc.id)
  if (await isHarvestable(req, slug, id, publicConstraint())) {
    await keepRecord(req, 'forget', slug, id)
  } else if (
    wasPublic(req, slug, id) &&
    !(await isHarvestable(req, slug, id, { _status: { equals: 'published' } }))
  ) {
    await keepRecord(req, 'remember', slug, id)
  }
  return doc
}

export const keepOaiDeletionsAfterDelete: CollectionAfterDeleteHook = async ({
  doc,
  collection,
  id,
  req,
}) => {
  const slug = collection.slug as HarvestedCollection
  if (wasPublic(req, slug, String(id))) {
    await keepRecord(req, 'remember', slug, String(id))
  }
  return doc
}

/** The hooks a harvested collection adds, to keep OAI-PMH's deleted records. */
export const oaiDeletionHooks = {
  afterChange: [keepOaiDeletionsAfterChange],
  afterDelete: [keepOaiDeletionsAfterDelete],
}
