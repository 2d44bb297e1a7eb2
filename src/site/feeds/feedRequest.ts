import { PUBLICATION_COLLECTIONS, type PublicationCollection } from '@/publicationTypes'

import {
  collectionOfSegment,
  FEED_FORMATS,
  PAGE_SEGMENTS,
  type FeedFormat,
  type FeedScope,
  type SiteLocale,
} from '../paths'

export type FeedRequest = { scope: FeedScope; format: FeedFormat }

const isFeedFormat = (value: string | undefined): value is FeedFormat =>
  FEED_FORMATS.includes(value as FeedFormat)

const isPublicationCollection = (value: unknown): value is PublicationCollection =>
  PUBLICATION_COLLECTIONS.includes(value as PublicationCollection)

/**
 * The path after "/feeds" as a feed request, or `null` when it names no feed:
 * `[format]`, `[type segment, format]` or `[topics segment, topic slug, format]`.
 */
export function parseFeedRequest(parts: string[], locale: SiteLocale): FeedRequest | null {
  const format = parts.at(-1)
  if (!isFeedFormat(format)) return null
  const scopeParts = parts.slice(0, -1)
  if (scopeParts.length === 0) return { scope: { kind: 'all' }, format }
  if (scopeParts.length === 1) {
    const collection = collectionOfSegment(scopeParts[0], locale)
    return isPublicationCollection(collection)
      ? { scope: { kind: 'type', collection }, format }
      : null
  }
  if (scopeParts.length === 2 && scopeParts[0] === PAGE_SEGMENTS.topics[locale]) {
    // Route handlers get their segments decoded already (a second decode broke on `%`).
    return { scope: { kind: 'topic', slug: scopeParts[1] }, format }
  }
  return null
}
