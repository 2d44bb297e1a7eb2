import type {
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  PayloadRequest,
} from 'payload'

import type { PublicationCollection } from '@/publicationTypes'

/**
 * What readers saw of a publication until this save or delete: its published document, or
 * `null` if it had none. The hooks after a save need it to tell "unpublished" from "a draft was
 * saved": `previousDoc` is the latest version, often an autosaved draft, so an unpublish after an
 * edit looked like draft over draft and left the item in the index, the site's cache and the
 * webhooks' silence.
 */
export type PublishedBefore = Record<string, unknown> | null

type Context = { publishedBefore?: Record<string, PublishedBefore> }

const keyOf = (collection: string, id: unknown) => `${collection}/${String(id)}`

// Kept on `req.context`, read and written at the time: a Local API call made with `req` (the read
// below included) replaces `req.context` with a copy of it, so a hook's `context` may be stale.
async function notePublished(req: PayloadRequest, collection: string, id: unknown) {
  const { docs } = await req.payload.find({
    collection: collection as PublicationCollection,
    where: { id: { equals: id as string } },
    draft: false,
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const doc = docs[0] as unknown as Record<string, unknown> | undefined
  const context = req.context as Context
  context.publishedBefore = {
    ...context.publishedBefore,
    [keyOf(collection, id)]: doc?._status === 'published' ? doc : null,
  }
}

export const notePublishedBeforeChange: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation === 'update' && originalDoc?.id !== undefined) {
    await notePublished(req, collection.slug, originalDoc.id)
  }
  return data
}

export const notePublishedBeforeDelete: CollectionBeforeDeleteHook = async ({
  collection,
  id,
  req,
}) => {
  await notePublished(req, collection.slug, id)
}

/** The published document before this save or delete (`null`: it had none, or it is new). */
export function publishedBefore(
  req: PayloadRequest,
  collection: string,
  id: unknown,
): PublishedBefore {
  return (req.context as Context).publishedBefore?.[keyOf(collection, id)] ?? null
}
