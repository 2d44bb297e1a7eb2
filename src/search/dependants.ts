import type { Payload, Where } from 'payload'

import { PUBLICATION_COLLECTIONS, type PublicationCollection } from '@/publicationTypes'

/** Collections whose names and titles appear inside publication search records. */
export const REFERENCED_COLLECTIONS = ['people', 'organisations', 'topics', 'events'] as const
export type ReferencedCollection = (typeof REFERENCED_COLLECTIONS)[number]

/**
 * Where each publication type refers to a referenced document. Kept beside the record mapping
 * (`searchRecord.ts`): a field that feeds a record must be listed here, or renaming the thing it
 * points to leaves stale records until the next reconcile.
 */
const REFERENCE_PATHS: Record<
  ReferencedCollection,
  Partial<Record<PublicationCollection, string[]>>
> = {
  people: {
    talks: ['speakers', 'quotes.person'],
    impulses: ['authors'],
    panels: ['moderators', 'participants.person', 'findings.speaker'],
    researchNotes: ['authors'],
    events: ['moderators', 'programme.people'],
  },
  organisations: {
    events: ['hosts', 'partners'],
    panels: ['organisations', 'participants.organisation'],
    pressReleases: ['contacts.organisation'],
    researchNotes: ['citation.publisher'],
  },
  topics: Object.fromEntries(PUBLICATION_COLLECTIONS.map((collection) => [collection, ['topics']])),
  events: {
    talks: ['event'],
    impulses: ['event'],
    panels: ['event'],
    pressReleases: ['event'],
  },
}

export type PublicationRef = { collection: PublicationCollection; id: string }

async function referencing(
  payload: Payload,
  target: ReferencedCollection,
  ids: string[],
): Promise<PublicationRef[]> {
  const refs: PublicationRef[] = []
  for (const [collection, paths] of Object.entries(REFERENCE_PATHS[target])) {
    const where: Where = { or: paths!.map((path) => ({ [path]: { in: ids } })) }
    const { docs } = await payload.find({
      collection: collection as PublicationCollection,
      where,
      depth: 0,
      pagination: false,
      draft: false,
      overrideAccess: true,
      select: {},
    })
    refs.push(
      ...docs.map((doc) => ({
        collection: collection as PublicationCollection,
        id: String(doc.id),
      })),
    )
  }
  return refs
}

/**
 * Publications whose search records show the given document. An organisation also reaches
 * publications through the people affiliated with it (speakers' affiliations are in records).
 */
export async function findDependants(
  payload: Payload,
  target: ReferencedCollection,
  id: string,
): Promise<PublicationRef[]> {
  const refs = await referencing(payload, target, [id])
  if (target === 'organisations') {
    const { docs: people } = await payload.find({
      collection: 'people',
      where: { affiliations: { in: [id] } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      select: {},
    })
    if (people.length > 0) {
      refs.push(
        ...(await referencing(
          payload,
          'people',
          people.map((person) => String(person.id)),
        )),
      )
    }
  }
  const unique = new Map(refs.map((ref) => [`${ref.collection}:${ref.id}`, ref]))
  return [...unique.values()]
}
