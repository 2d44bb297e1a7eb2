import { SiteRichText } from '@/site/components/SiteRichText'
import type { Metadata } from 'next'
import Link from 'next/link'
import { getTranslations } from 'next-intl/server'

import type { Organisation } from '@/payload-types'
import type { PublicationCollection } from '@/publicationTypes'
import { DetailHeader } from '@/site/components/DetailHeader'
import { JsonLd } from '@/site/components/JsonLd'
import { PeopleLinks } from '@/site/components/PeopleLinks'
import { PublicationList } from '@/site/components/PublicationList'
import { RelatedContent } from '@/site/components/RelatedContent'
import { TopicLinks } from '@/site/components/TopicLinks'
import { loadDetail, loadDetailForMetadata, type DetailParams } from '@/site/detailPage'
import { formatDate } from '@/site/formatDate'
import { detailMetadata } from '@/site/metadata'
import { pagePath, type SiteLocale } from '@/site/paths'
import { listPublicByType } from '@/site/publications'
import { eventJsonLd } from '@/site/structuredData'

type Props = { params: DetailParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await loadDetailForMetadata('events', params)
  return loaded
    ? detailMetadata('events', loaded.doc, loaded.locale, {
        description: loaded.doc.summary ?? loaded.doc.motto,
      })
    : {}
}

/** An event and its programme in running order; public contributions are linked. */
export default async function EventPage({ params }: Props) {
  const {
    doc: event,
    isPreview,
    locale,
    langOf,
    isFallback,
    contentLocale,
  } = await loadDetail('events', params)
  const t = await getTranslations('publication')
  const inProgramme = new Set(
    (event.programme ?? []).flatMap((entry) =>
      (entry.items ?? []).map(({ relationTo, value }) =>
        typeof value === 'object' && value !== null ? `${relationTo}-${value.id}` : '',
      ),
    ),
  )
  // "Beiträge" lists what the programme does not already link (press release, research, …).
  const contributions = (await listPublicByType(locale, { event: event.slug }))
    .map((group) => ({
      ...group,
      items: group.items.filter((item) => !inProgramme.has(`${group.collection}-${item.id}`)),
    }))
    .filter((group) => group.items.length > 0)
  return (
    <article>
      <JsonLd inLanguage={contentLocale} data={eventJsonLd(event, locale)} />
      <DetailHeader
        collection="events"
        title={event.title}
        subtitle={event.motto}
        locale={locale}
        sharePath={pagePath('events', event.slug, locale)}
        isPreview={isPreview}
        titleLang={langOf('title')}
        subtitleLang={langOf('motto')}
        isFallback={isFallback}
      >
        {formatDate(event.startsAt, locale)}
        {event.venue && <> · {event.venue}</>}
      </DetailHeader>
      <dl className="facts">
        <dt>{t('format')}</dt>
        <dd>{t(`eventFormat.${event.format}`)}</dd>
        <OrganisationsFact label={t('hosts')} organisations={event.hosts} locale={locale} />
        <OrganisationsFact label={t('partners')} organisations={event.partners} locale={locale} />
        {event.moderators && event.moderators.length > 0 && (
          <>
            <dt>{t('moderation')}</dt>
            <dd>
              <PeopleLinks people={event.moderators} locale={locale} />
            </dd>
          </>
        )}
      </dl>
      {event.summary && (
        <p className="lead" lang={langOf('summary')}>
          {event.summary}
        </p>
      )}
      {event.body && (
        <div lang={langOf('body')}>
          <SiteRichText data={event.body} />
        </div>
      )}

      {event.programme && event.programme.length > 0 && (
        <section aria-labelledby="programm">
          <h2 id="programm">{t('programme')}</h2>
          <ol className="programme">
            {event.programme.map((entry, index) => (
              <li key={entry.id ?? index} id={`programm-${index + 1}`} tabIndex={-1}>
                <p className="programme-head">
                  {entry.kind && (
                    <span className="type-label">{t(`programmeKind.${entry.kind}`)}</span>
                  )}
                  {entry.startsAt && (
                    <time dateTime={entry.startsAt} className="programme-time">
                      {formatDate(entry.startsAt, locale, 'time')}
                    </time>
                  )}
                  <a
                    href={`#programm-${index + 1}`}
                    className="anchor-link"
                    aria-label={t('programmeLink', { title: entry.title })}
                  >
                    #
                  </a>
                </p>
                <h3>{entry.title}</h3>
                {entry.description && <p>{entry.description}</p>}
                {entry.performers && (
                  <p className="meta">
                    {t('performers')}: {entry.performers}
                  </p>
                )}
                {entry.people && entry.people.length > 0 && (
                  <p className="meta">
                    <PeopleLinks people={entry.people} locale={locale} />
                  </p>
                )}
                <ProgrammeItems items={entry.items} locale={locale} />
              </li>
            ))}
          </ol>
        </section>
      )}

      {contributions.length > 0 && (
        <section aria-labelledby="beitraege">
          <h2 id="beitraege">{t('contributions')}</h2>
          <PublicationList
            items={contributions.flatMap((group) => group.items)}
            locale={locale}
            showType
          />
        </section>
      )}
      <TopicLinks topics={event.topics} locale={locale} />
      <RelatedContent related={event.related} locale={locale} />
    </article>
  )
}

function OrganisationsFact({
  label,
  organisations,
  locale,
}: {
  label: string
  organisations: (string | Organisation)[] | null | undefined
  locale: SiteLocale
}) {
  const populated = (organisations ?? []).filter((o): o is Organisation => typeof o === 'object')
  if (populated.length === 0) return null
  return (
    <>
      <dt>{label}</dt>
      <dd>
        {populated.map((organisation, index) => (
          <span key={organisation.id}>
            {index > 0 && ', '}
            <Link href={pagePath('organisations', organisation.slug, locale)}>
              {organisation.name}
            </Link>
          </span>
        ))}
      </dd>
    </>
  )
}

type ProgrammeItem = { relationTo: PublicationCollection; value: unknown }

/** Only contributions the reader may see are populated; drafts stay ids and are left out. */
function ProgrammeItems({
  items,
  locale,
}: {
  items: ProgrammeItem[] | null | undefined
  locale: SiteLocale
}) {
  const linked = (items ?? []).flatMap(({ relationTo, value }) =>
    typeof value === 'object' && value !== null && 'slug' in value && 'title' in value
      ? [{ collection: relationTo, slug: String(value.slug), title: String(value.title) }]
      : [],
  )
  if (linked.length === 0) return null
  return (
    <ul className="programme-items">
      {linked.map((item) => (
        <li key={`${item.collection}-${item.slug}`}>
          <Link href={pagePath(item.collection, item.slug, locale)}>{item.title}</Link>
        </li>
      ))}
    </ul>
  )
}
