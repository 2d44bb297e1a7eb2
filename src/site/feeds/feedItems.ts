import type { PublicationV1 } from '@/api/v1/toPublication'
import { PUBLICATION_COLLECTIONS } from '@/publicationTypes'

import type { FeedScope, SiteLocale } from '../paths'
import { listPublic, type PublicationFilter } from '../publications'

/** How many items a feed carries; readers poll, so the newest fifty are plenty. */
export const FEED_SIZE = 50

const dateOf = (item: PublicationV1) => String(item.publishedAt ?? item.updatedAt ?? '')

/**
 * The newest public items of a feed's scope, newest first. Read through the site's cached,
 * access-checked lists (API v1's shape), so a feed never shows more than the site does.
 */
export async function readFeedItems(scope: FeedScope, locale: SiteLocale) {
  const filter: PublicationFilter = scope.kind === 'topic' ? { topic: scope.slug } : {}
  const collections = scope.kind === 'type' ? [scope.collection] : PUBLICATION_COLLECTIONS
  const lists = await Promise.all(
    collections.map((collection) => listPublic(collection, locale, filter, FEED_SIZE)),
  )
  return lists
    .flat()
    .sort((a, b) => dateOf(b).localeCompare(dateOf(a)))
    .slice(0, FEED_SIZE)
}

export const itemDate = (item: PublicationV1) => new Date(dateOf(item))
