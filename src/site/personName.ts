import type { Person } from '@/payload-types'

/** "Dr. Norbert Huchler"; ids of unpopulated relationships are skipped. */
export function personNames(people: (string | Person)[] | null | undefined): string[] {
  return (people ?? [])
    .filter((person): person is Person => typeof person === 'object')
    .map((person) => [person.honorific, person.name].filter(Boolean).join(' '))
}
