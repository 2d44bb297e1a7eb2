import { getTranslations } from 'next-intl/server'

import type { SiteLocale } from '@/site/paths'
import type { PublicationGroup } from '@/site/publications'

import { PublicationList } from './PublicationList'

/** Publications grouped by type under one heading, each type a subheading. */
export async function PublicationGroups({
  groups,
  locale,
  heading,
}: {
  groups: PublicationGroup[]
  locale: SiteLocale
  heading: string
}) {
  if (groups.length === 0) return null
  const types = await getTranslations({ locale, namespace: 'types' })
  return (
    <section aria-labelledby="veroeffentlichungen">
      <h2 id="veroeffentlichungen">{heading}</h2>
      {groups.map(({ collection, items }) => (
        <section key={collection} aria-labelledby={`gruppe-${collection}`}>
          <h3 id={`gruppe-${collection}`}>{types(`${collection}.other`)}</h3>
          <PublicationList items={items} locale={locale} />
        </section>
      ))}
    </section>
  )
}
