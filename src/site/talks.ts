import type { Talk } from '@/payload-types'

import { getSitePayload } from './payloadClient'

export async function listPublishedTalks(limit = 20): Promise<Talk[]> {
  const payload = await getSitePayload()
  const { docs } = await payload.find({
    collection: 'talks',
    overrideAccess: false,
    draft: false,
    sort: '-publishedAt',
    limit,
    depth: 0,
  })
  return docs
}

export async function findPublishedTalk(slug: string): Promise<Talk | null> {
  const payload = await getSitePayload()
  const { docs } = await payload.find({
    collection: 'talks',
    overrideAccess: false,
    draft: false,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
  })
  return docs[0] ?? null
}
