import type { Where } from 'payload'

/**
 * What anyone may read of a publication: published, and past its embargo (Sperrfrist) if it has
 * one. A query, not a boolean, so every surface (REST, GraphQL, Local API, search sync, site)
 * filters the same way and an embargo lifts at its minute without anyone acting.
 */
export function publicConstraint(now = new Date()): Where {
  return {
    and: [
      { _status: { equals: 'published' } },
      {
        or: [
          { embargoUntil: { exists: false } },
          { embargoUntil: { equals: null } },
          { embargoUntil: { less_than_equal: now.toISOString() } },
        ],
      },
    ],
  }
}

/** Published but still under embargo: what accredited press may read early. */
export function underEmbargoConstraint(now = new Date()): Where {
  return {
    and: [
      { _status: { equals: 'published' } },
      { embargoUntil: { greater_than: now.toISOString() } },
    ],
  }
}

/**
 * The same rule as `publicConstraint`, checked on a document already read. For reads the embedded
 * FerretDB can only serve fast as a bare `_id` lookup (the search sync): the constraint cannot go
 * into such a query, so it is applied here, to what came back.
 */
export function isPublic(
  doc: { _status?: string | null; embargoUntil?: string | null },
  now = new Date(),
): boolean {
  if (doc._status !== 'published') return false
  return !doc.embargoUntil || new Date(doc.embargoUntil).getTime() <= now.getTime()
}
