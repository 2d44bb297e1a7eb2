import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { Fragment, type ReactNode } from 'react'

import type { Event, Person } from '@/payload-types'
import { formatDate } from '@/site/formatDate'
import { pagePath, type SiteLocale } from '@/site/paths'

import { PeopleLinks } from './PeopleLinks'

/** "Dr. A, B · Bei <event> · 22. Juni 2021": whichever of the three a publication has. */
export async function Byline({
  people,
  event,
  date,
  locale,
}: {
  people?: (string | Person)[] | null
  event?: string | Event | null
  date?: string | null
  locale: SiteLocale
}) {
  const t = await getTranslations({ locale, namespace: 'publication' })
  const parts: ReactNode[] = []
  if (people?.some((person) => typeof person === 'object')) {
    parts.push(<PeopleLinks people={people} locale={locale} />)
  }
  if (typeof event === 'object' && event) {
    parts.push(
      <>
        {t('atEvent')} <Link href={pagePath('events', event.slug, locale)}>{event.title}</Link>
      </>,
    )
  }
  if (date) parts.push(formatDate(date, locale))
  return parts.map((part, index) => (
    <Fragment key={index}>
      {index > 0 && ' · '}
      {part}
    </Fragment>
  ))
}
