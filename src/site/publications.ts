import type { Config } from '@/payload-types'
import type { PublicationCollection } from '@/publicationTypes'

import { getSitePayload } from './payloadClient'

type Doc<C extends PublicationCollection> = Config['collections'][C]

/**
 * The site reads as an anonymous visitor (`overrideAccess: false`): the collections' access
 * rules decide what is public, so drafts and embargoed items cannot reach a page.
 */
export async function listPublished<C extends PublicationCollection>(
  collection: C,
  limit = 20,
): Promise<Doc<C>[]> {
  const payload = await getSitePayload()
  const { docs } = await payload.find({
    collection,
    overrideAccess: false,
    draft: false,
    sort: '-publishedAt',
    limit,
    depth: 1,
  })
  return docs as Doc<C>[]
}

export async function findPublished<C extends PublicationCollection>(
  collection: C,
  slug: string,
): Promise<Doc<C> | null> {
  const payload = await getSitePayload()
  const { docs } = await payload.find({
    collection,
    overrideAccess: false,
    draft: false,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 2,
  })
  return (docs[0] as Doc<C> | undefined) ?? null
}
