import type { Where } from 'payload'

import type { PublicationCollection } from '@/publicationTypes'

/**
 * The publication types of API v1 and the collections behind them. The names are part of the
 * public contract: collections may be renamed or split, these stay.
 */
export const PUBLICATION_TYPES = {
  talks: 'talks',
  impulses: 'impulses',
  panels: 'panels',
  'research-notes': 'researchNotes',
  'press-releases': 'pressReleases',
  events: 'events',
} as const satisfies Record<string, PublicationCollection>

export type PublicationTypeName = keyof typeof PUBLICATION_TYPES

export const PUBLICATION_TYPE_NAMES = Object.keys(PUBLICATION_TYPES) as PublicationTypeName[]

/** The v1 type name of each publication collection. */
export const TYPE_NAME_OF = Object.fromEntries(
  Object.entries(PUBLICATION_TYPES).map(([name, collection]) => [collection, name]),
) as Record<PublicationCollection, PublicationTypeName>

/** Where each type names its people, and in which role. */
export const PEOPLE_FIELDS: Record<
  PublicationCollection,
  { path: string; role: 'speaker' | 'author' | 'moderator' | 'participant' }[]
> = {
  talks: [{ path: 'speakers', role: 'speaker' }],
  impulses: [{ path: 'authors', role: 'author' }],
  panels: [
    { path: 'moderators', role: 'moderator' },
    { path: 'participants.person', role: 'participant' },
  ],
  researchNotes: [{ path: 'authors', role: 'author' }],
  pressReleases: [],
  events: [{ path: 'moderators', role: 'moderator' }],
}

/** Where each type names organisations directly (speakers' affiliations do not count). */
export const ORGANISATION_FIELDS: Record<PublicationCollection, string[]> = {
  talks: [],
  impulses: [],
  panels: ['organisations', 'participants.organisation'],
  researchNotes: ['citation.publisher'],
  pressReleases: ['contacts.organisation'],
  events: ['hosts', 'partners'],
}

/** Types that belong to an event through an `event` field. */
export const HAS_EVENT: Record<PublicationCollection, boolean> = {
  talks: true,
  impulses: true,
  panels: true,
  researchNotes: false,
  pressReleases: true,
  events: false,
}

const OBJECT_ID = /^[0-9a-f]{24}$/

/** Items are addressed by id or by slug; a slug can never look like an id the other way round. */
export function byIdOrSlug(idOrSlug: string): Where {
  return OBJECT_ID.test(idOrSlug)
    ? { or: [{ id: { equals: idOrSlug } }, { slug: { equals: idOrSlug } }] }
    : { slug: { equals: idOrSlug } }
}
