import { revalidateTag } from 'next/cache'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { SITE_CONTENT_TAG } from '@/site/cache'
import { revalidateSiteCacheOverHttp } from '@/site/siteCacheRevalidation'

import { publishedBefore } from './publishedBefore'

/**
 * Drops every cached site read and page (pages, lists, feeds, sitemap), so the next request reads
 * anew: in this request when there is one, otherwise (a job, the jobs worker, a script) through
 * the app server. Never fails the change that asked for it: at worst pages catch up within the
 * cache's maximum age (src/site/cache.ts).
 */
export function dropCachedSiteReads(req: PayloadRequest) {
  if (req.context.disableRevalidate) return
  // Only an API request is sure to be one Next.js is answering now: a job started by a timer
  // still carries the context of the long-finished request that set the timer, and there
  // revalidateTag would be recorded on that request and never applied.
  if (req.payloadAPI === 'REST' || req.payloadAPI === 'GraphQL') {
    try {
      revalidateTag(SITE_CONTENT_TAG, { expire: 0 })
      return
    } catch {
      // An API request Next.js does not answer (e.g. Payload called from a script's own server).
    }
  }
  revalidateSiteCacheOverHttp().catch((error: unknown) =>
    req.payload.logger.debug({ err: error }, 'site cache not revalidated: app server not reached'),
  )
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
