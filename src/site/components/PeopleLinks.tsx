import Link from 'next/link'

import type { Person } from '@/payload-types'
import { pagePath, type SiteLocale } from '@/site/paths'
import { personName } from '@/site/personName'

/** "Dr. A, B and C" as links to their pages; unpopulated references are skipped. */
export function PeopleLinks({
  people,
  locale,
}: {
  people: (string | Person | null | undefined)[] | null | undefined
  locale: SiteLocale
}) {
  const populated = (people ?? []).filter(
    (person): person is Person => typeof person === 'object' && person !== null,
  )
  return (
    <>
      {populated.map((person, index) => (
        <span key={person.id}>
          {index > 0 && ', '}
          <Link href={pagePath('people', person.slug, locale)}>{personName(person)}</Link>
        </span>
      ))}
    </>
  )
}
