/** The collections that are publications: drafts, review, embargo, search, public pages. */
export const PUBLICATION_COLLECTIONS = [
  'talks',
  'impulses',
  'panels',
  'researchNotes',
  'pressReleases',
  'events',
] as const

export type PublicationCollection = (typeof PUBLICATION_COLLECTIONS)[number]
