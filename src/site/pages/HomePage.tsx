import type { Metadata } from 'next'
import Link from 'next/link'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { PUBLICATION_COLLECTIONS } from '@/publicationTypes'
import { PublicationList } from '@/site/components/PublicationList'
import { formatDate } from '@/site/formatDate'
import { alternatesOf, feedAlternates } from '@/site/metadata'
import { homePath, pagePath, type SiteLocale } from '@/site/paths'
import { listEvents, listPublic, listTopics } from '@/site/publications'

type Props = { params: Promise<{ locale: SiteLocale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const site = await getTranslations({ locale, namespace: 'site' })
  return {
    alternates: {
      ...alternatesOf(locale, (l) => homePath(l)),
      types: feedAlternates({ kind: 'all' }, locale, site('name')),
    },
  }
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations('home')
  const types = await getTranslations('types')
  const latestByType = await Promise.all(
    PUBLICATION_COLLECTIONS.filter((collection) => collection !== 'events').map(
      async (collection) => ({ collection, items: await listPublic(collection, locale, {}, 4) }),
    ),
  )
  const [{ upcoming, past }, topics] = await Promise.all([listEvents(locale), listTopics(locale)])

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>

      <section aria-labelledby="veranstaltungen">
        <h2 id="veranstaltungen">{t('upcomingEvents')}</h2>
        {upcoming.length === 0 ? (
          <p>{t('noUpcoming')}</p>
        ) : (
          <EventList events={upcoming} locale={locale} />
        )}
        {past.length > 0 && (
          <>
            <h3>{t('pastEvents')}</h3>
            <EventList events={past} locale={locale} />
          </>
        )}
      </section>

      {latestByType.map(({ collection, items }) => (
        <section key={collection} aria-labelledby={`neu-${collection}`}>
          <h2 id={`neu-${collection}`}>{t('latest', { type: types(`${collection}.other`) })}</h2>
          {items.length === 0 ? (
            <p>{t('nothingYet')}</p>
          ) : (
            <PublicationList items={items} locale={locale} />
          )}
        </section>
      ))}

      {topics.length > 0 && (
        <section aria-labelledby="themen">
          <h2 id="themen">{t('topics')}</h2>
          <ul className="tag-list">
            {topics.map((topic) => (
              <li key={topic.id}>
                <Link href={pagePath('topics', topic.slug, locale)}>{topic.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  )
}

function EventList({
  events,
  locale,
}: {
  events: { id: string; slug: string; title: string; startsAt: string; venue?: string | null }[]
  locale: SiteLocale
}) {
  return (
    <ul className="publication-list">
      {events.map((event) => (
        <li key={event.id}>
          <Link href={pagePath('events', event.slug, locale)} className="card-title">
            {event.title}
          </Link>
          <div className="meta">
            {[formatDate(event.startsAt, locale), event.venue].filter(Boolean).join(' · ')}
          </div>
        </li>
      ))}
    </ul>
  )
}
