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
