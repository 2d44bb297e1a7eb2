import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { PUBLICATION_COLLECTIONS } from '@/publicationTypes'
import { absoluteUrl } from '@/site/absoluteUrl'
import { alternatesOf, feedLabel } from '@/site/metadata'
import {
  FEED_FORMATS,
  feedPath,
  feedsPagePath,
  type FeedScope,
  type SiteLocale,
} from '@/site/paths'
import { listTopics } from '@/site/publications'

type Props = { params: Promise<{ locale: SiteLocale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'feeds' })
  return {
    title: t('title'),
    description: t('intro'),
    alternates: alternatesOf(locale, feedsPagePath),
  }
}

/** One row: what the feed lists, its three formats, and the RSS address to copy. */
async function FeedRow({
  name,
  scope,
  locale,
}: {
  name: string
  scope: FeedScope
  locale: SiteLocale
}) {
  const t = await getTranslations({ locale, namespace: 'feeds' })
  return (
    <li>
      <span className="feed-name">{name}</span>{' '}
      {FEED_FORMATS.map((format, index) => (
        <span key={format}>
          {index > 0 && ' · '}
          <a href={feedPath(scope, format, locale)}>{feedLabel(format)}</a>
        </span>
      ))}
      <br />
      <span className="meta">
        {t('address')}: <code>{absoluteUrl(feedPath(scope, 'rss.xml', locale))}</code>
      </span>
    </li>
  )
}

/**
 * "Feeds": what a feed is, how to subscribe, and every feed the site offers (all publications,
 * one per type, one per topic). The footer links here, not to raw XML a browser shows as code.
 */
export async function FeedsPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, types, topics] = await Promise.all([
    getTranslations('feeds'),
    getTranslations('types'),
    listTopics(locale),
  ])
  return (
    <article className="feeds-page">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <p>{t('howTo')}</p>
      <h2>{t('all')}</h2>
      <ul className="feed-list">
        <FeedRow name={t('allPublications')} scope={{ kind: 'all' }} locale={locale} />
      </ul>
      <h2>{t('byType')}</h2>
      <ul className="feed-list">
        {PUBLICATION_COLLECTIONS.map((collection) => (
          <FeedRow
            key={collection}
            name={types(`${collection}.other`)}
            scope={{ kind: 'type', collection }}
            locale={locale}
          />
        ))}
      </ul>
      {topics.length > 0 && (
        <>
          <h2>{t('byTopic')}</h2>
          <ul className="feed-list">
            {topics.map((topic) => (
              <FeedRow
                key={topic.id}
                name={topic.title}
                scope={{ kind: 'topic', slug: topic.slug }}
                locale={locale}
              />
            ))}
          </ul>
        </>
      )}
    </article>
  )
}
