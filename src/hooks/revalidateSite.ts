import { revalidateTag } from 'next/cache'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { SITE_CONTENT_TAG } from '@/site/cache'

import { publishedBefore } from './publishedBefore'

/** Drops every cached site read (pages, lists, feeds, sitemap), so the next request reads anew. */
export function dropCachedSiteReads(req: PayloadRequest) {
  if (req.context.disableRevalidate) return
  try {
    revalidateTag(SITE_CONTENT_TAG, { expire: 0 })
  } catch {
    // Outside a Next.js server (seed, scripts, the jobs worker) there is no cache to drop; pages
    // catch up within the cache's maximum age (src/site/cache.ts).
    req.payload.logger.debug('site cache not revalidated: not running inside Next.js')
  }
}

const isPublished = (doc: unknown) =>
  typeof doc === 'object' && doc !== null && '_status' in doc && doc._status === 'published'

/**
 * Pages, lists, feeds and the sitemap show a change on the next request. Draft autosaves of a
 * never-published document change nothing public and are skipped; documents without drafts
 * (people, organisations, topics, media) always count.
 */
export const revalidateSiteAfterChange: CollectionAfterChangeHook = ({ collection, doc, req }) => {
  const hasDrafts = typeof doc === 'object' && doc !== null && '_status' in doc
  if (!hasDrafts || isPublished(doc) || publishedBefore(req, collection.slug, doc.id)) {
    dropCachedSiteReads(req)
  }
  return doc
}

export const revalidateSiteAfterDelete: CollectionAfterDeleteHook = ({ doc, req }) => {
  dropCachedSiteReads(req)
  return doc
}
