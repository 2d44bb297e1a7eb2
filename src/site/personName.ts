/** "Dr. Norbert Huchler": how a person is named on pages, in search records and in API v1. */
export const personName = (person: { honorific?: unknown; name?: unknown }) =>
  [person.honorific, person.name].filter(Boolean).join(' ')
