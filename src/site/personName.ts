import type { Person } from '@/payload-types'

/** "Dr. Norbert Huchler" */
export const personName = (person: Pick<Person, 'honorific' | 'name'>) =>
  [person.honorific, person.name].filter(Boolean).join(' ')

/** Names of the populated people; ids of unpopulated relationships are skipped. */
export function personNames(people: (string | Person)[] | null | undefined): string[] {
  return (people ?? [])
    .filter((person): person is Person => typeof person === 'object')
    .map(personName)
}
