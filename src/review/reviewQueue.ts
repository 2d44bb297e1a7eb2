import type { Payload } from 'payload'

import { hasRole, PUBLISHING_ROLES } from '@/access/roles'
import type { User } from '@/payload-types'
import { PUBLICATION_COLLECTIONS, type PublicationCollection } from '@/publicationTypes'

/** The newest this many per type: the inbox stays one bounded query per collection. */
export const REVIEW_QUEUE_LIMIT_PER_TYPE = 50

export type ReviewItem = {
  collection: PublicationCollection
  id: string
  title: string
  author: { name: string | null; email: string } | null
  updatedAt: string
}

/** Who works through the review inbox; authors follow their own submissions in the lists. */
export const mayReview = (user: Pick<User, 'roles'> | null | undefined) =>
  hasRole(user, ...PUBLISHING_ROLES)

/**
 * Everything "In Prüfung" across all publication types, newest first, as `user` may read it.
 * A submission is a draft version, so each type is read with `draft: true`; FerretDB v1 has no
 * `$lookup`, so types are queried one by one and merged here.
 */
export async function findInReview({
  payload,
  user,
  limitPerType = REVIEW_QUEUE_LIMIT_PER_TYPE,
}: {
  payload: Payload
  user: User
  limitPerType?: number
}): Promise<ReviewItem[]> {
  const perType = await Promise.all(
    PUBLICATION_COLLECTIONS.map(async (collection) => {
      const { docs } = await payload.find({
        collection,
        draft: true,
        where: { workflowStatus: { equals: 'inReview' } },
        sort: '-updatedAt',
        limit: limitPerType,
        depth: 0,
        select: { title: true, createdBy: true, updatedAt: true },
        user,
        overrideAccess: false,
      })
      return docs.map((doc) => ({
        collection,
        id: String(doc.id),
        title: doc.title ?? '',
        createdBy: typeof doc.createdBy === 'object' ? doc.createdBy?.id : doc.createdBy,
        updatedAt: doc.updatedAt,
      }))
    }),
  )
  const items = perType.flat().sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
  const authors = await findAuthors(
    payload,
    items.map((item) => item.createdBy),
  )
  return items.map(({ createdBy, ...item }) => ({
    ...item,
    author: (createdBy && authors.get(String(createdBy))) || null,
  }))
}

/**
 * Names and addresses of the submitting authors. Editors may not read other accounts (only
 * admins manage users), so this reads past access, and only these two fields.
 */
async function findAuthors(payload: Payload, ids: (string | null | undefined)[]) {
  const unique = [...new Set(ids.filter((id): id is string => Boolean(id)))]
  if (unique.length === 0) return new Map<string, { name: string | null; email: string }>()
  const { docs } = await payload.find({
    collection: 'users',
    where: { id: { in: unique } },
    select: { name: true, email: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return new Map(
    docs.map((user) => [String(user.id), { name: user.name ?? null, email: user.email }]),
  )
}
