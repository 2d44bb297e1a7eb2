import type { Payload, Where } from 'payload'

import { isObject } from '@/domain/isObject'

import type { HarvestedCollection } from './dublinCore'

type Related = 'people' | 'topics' | 'events' | 'organisations'

/** What a record shows of other documents: a renamed person or topic changes the record. */
export const SHOWN_RELATIONS: Record<HarvestedCollection, { path: string; collection: Related }[]> =
  {
    talks: [
      { path: 'speakers', collection: 'people' },
      { path: 'topics', collection: 'topics' },
      { path: 'event', collection: 'events' },
    ],
    researchNotes: [
      { path: 'authors', collection: 'people' },
      { path: 'topics', collection: 'topics' },
      { path: 'citation.publisher', collection: 'organisations' },
    ],
  }

function relatedAt(doc: unknown, path: string): Record<string, unknown>[] {
  const value = path
    .split('.')
    .reduce<unknown>((current, key) => (isObject(current) ? current[key] : undefined), doc)
  return (Array.isArray(value) ? value : [value]).filter(isObject)
}

/**
 * A record's datestamp: the last change of the item or of anything it shows (people, topics,
 * event, publisher), read at depth 1. The one place that decides it; `datestampWhere` selects
 * by the same rule in the database.
 */
export function recordDatestamp(collection: HarvestedCollection, doc: { updatedAt: string }) {
  const times = [
    doc.updatedAt,
    ...SHOWN_RELATIONS[collection].flatMap(({ path }) =>
      relatedAt(doc, path).map((related) => related.updatedAt),
    ),
  ]
    .map((value) => (typeof value === 'string' ? Date.parse(value) : NaN))
    .filter(Number.isFinite)
  return new Date(Math.max(...times))
}

async function idsChanged(payload: Payload, collection: Related, where: Where) {
  const { docs } = await payload.find({
    collection,
    where,
    depth: 0,
    limit: 0,
    pagination: false,
    select: {},
    overrideAccess: true,
  })
  return docs.map((doc) => String(doc.id))
}

/**
 * Records whose datestamp (see `recordDatestamp`) lies in [from, until]: from — the item or
 * something it shows changed since; until — neither changed after.
 */
export async function datestampWhere(
  payload: Payload,
  collection: HarvestedCollection,
  { from, until }: { from?: Date; until?: Date },
): Promise<Where[]> {
  const relations = SHOWN_RELATIONS[collection]
  const where: Where[] = []
  if (from) {
    const since = { updatedAt: { greater_than_equal: from.toISOString() } }
    const changed = await Promise.all(
      relations.map(async ({ path, collection: related }) => ({
        path,
        ids: await idsChanged(payload, related, since),
      })),
    )
    where.push({
      or: [
        since,
        ...changed
          .filter(({ ids }) => ids.length)
          .map(({ path, ids }) => ({ [path]: { in: ids } })),
      ],
    })
  }
  if (until) {
    const after = { updatedAt: { greater_than: until.toISOString() } }
    where.push({ updatedAt: { less_than_equal: until.toISOString() } })
    for (const { path, collection: related } of relations) {
      const ids = await idsChanged(payload, related, after)
      if (ids.length) where.push({ [path]: { not_in: ids } })
    }
  }
  return where
}
