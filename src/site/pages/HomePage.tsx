import type { Metadata } from 'next'
import Link from 'next/link'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { PUBLICATION_COLLECTIONS } from '@/publicationTypes'
import { readBranding } from '@/site/branding/readBranding'
import { CardList } from '@/site/components/CardList'
import { SearchBox } from '@/site/components/SearchBox'
import { formatDate } from '@/site/formatDate'
import { alternatesOf, feedAlternates } from '@/site/metadata'
import { homePath, pagePath, sectionPath, type SiteLocale } from '@/site/paths'
import { listEvents, listTopics } from '@/site/publications'
import type { Card } from '@/site/sections/cards'
import { readPublicationSection } from '@/site/sections/readSection'

type Props = { params: Promise<{ locale: SiteLocale }> }

const FINDINGS = PUBLICATION_COLLECTIONS.filter((collection) => collection !== 'events')
const LATEST_COUNT = 6

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const { name } = await readBranding(locale)
  return {
    alternates: {
      ...alternatesOf(locale, (l) => homePath(l)),
      types: feedAlternates({ kind: 'all' }, locale, name),
    },
  }
}

/** The newest items of every type but events, newest first, each labelled with its type. */
async function latestFindings(locale: SiteLocale, label: (collection: string) => string) {
  const pages = await Promise.all(
    FINDINGS.map((collection) =>
      readPublicationSection(collection, locale, { page: 1, sort: 'newest' }),
    ),
  )
  return pages
    .flatMap((page) => page.cards)
    .sort((a, b) => String(b.date ?? '').localeCompare(String(a.date ?? '')))
    .slice(0, LATEST_COUNT)
    .map((card): Card => ({ ...card, label: label(card.collection) }))
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, types] = await Promise.all([getTranslations('home'), getTranslations('types')])
  const [latest, { upcoming, past }, topics] = await Promise.all([
    latestFindings(locale, (collection) => types(`${collection}.one`)),
    listEvents(locale),
    listTopics(locale),
  ])
  const next = upcoming[0] ?? past[0]

  return (
    <>
      <div className="home-intro">
        <h1>{t('title')}</h1>
        <p className="lead">{t('intro')}</p>
        <h2 id="suche-start" className="small-heading">
          {t('searchHeading')}
        </h2>
        <SearchBox locale={locale} id="start-suche" label={t('searchHeading')} />
      </div>

      <div className="home-grid">
        <section aria-labelledby="neueste" className="home-latest">
          <h2 id="neueste">{t('latestFindings')}</h2>
          {latest.length === 0 ? (
            <p>{t('nothingYet')}</p>
          ) : (
            <CardList cards={latest} locale={locale} />
          )}
        </section>

        <section aria-labelledby="veranstaltung" className="home-event">
          <h2 id="veranstaltung">{upcoming[0] ? t('nextEvent') : t('lastEvent')}</h2>
          {next ? (
            <CardList
              cards={[
                {
                  key: next.id,
                  collection: 'events',
                  slug: next.slug,
                  title: next.title,
                  meta: [formatDate(next.startsAt, locale), next.venue ?? ''].filter(Boolean),
                  summary: next.summary,
                },
              ]}
              locale={locale}
            />
          ) : (
            <p>{t('noUpcoming')}</p>
          )}
          <p>
            <Link href={sectionPath('events', locale)}>
              {t('allOf', { type: types('events.other') })}
            </Link>
          </p>
        </section>
      </div>

      <nav aria-labelledby="stoebern" className="home-browse">
        <h2 id="stoebern">{t('browse')}</h2>
        <ul className="tag-list">
          {[...FINDINGS, 'people' as const, 'organisations' as const].map((collection) => (
            <li key={collection}>
              <Link href={sectionPath(collection, locale)}>{types(`${collection}.other`)}</Link>
            </li>
          ))}
        </ul>
      </nav>

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
