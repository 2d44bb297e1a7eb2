import { SiteRichText } from '@/site/components/SiteRichText'
import type { Metadata } from 'next'
import Link from 'next/link'
import { getTranslations } from 'next-intl/server'

import type { Organisation, Person } from '@/payload-types'
import { Byline } from '@/site/components/Byline'
import { DetailHeader } from '@/site/components/DetailHeader'
import { JsonLd } from '@/site/components/JsonLd'
import { PeopleLinks } from '@/site/components/PeopleLinks'
import { RelatedContent } from '@/site/components/RelatedContent'
import { TopicLinks } from '@/site/components/TopicLinks'
import { loadDetail, loadDetailForMetadata, type DetailParams } from '@/site/detailPage'
import { detailMetadata } from '@/site/metadata'
import { pagePath } from '@/site/paths'
import { contributionJsonLd } from '@/site/structuredData'

type Props = { params: DetailParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await loadDetailForMetadata('panels', params)
  return loaded
    ? detailMetadata('panels', loaded.doc, loaded.locale, { description: loaded.doc.summary })
    : {}
}

/** A panel with its guiding questions and findings; each finding is linkable as #anchor. */
export default async function PanelPage({ params }: Props) {
  const {
    doc: panel,
    isPreview,
    locale,
    langOf,
    isFallback,
    contentLocale,
  } = await loadDetail('panels', params)
  const t = await getTranslations('publication')
  const event = typeof panel.event === 'object' ? panel.event : null
  const participants = (panel.participants ?? []).filter(
    (entry): entry is typeof entry & { person: Person } => typeof entry.person === 'object',
  )
  const presented = (panel.organisations ?? []).filter(
    (organisation): organisation is Organisation => typeof organisation === 'object',
  )
  return (
    <article>
      <JsonLd
        inLanguage={contentLocale}
        data={contributionJsonLd(
          'panels',
          panel,
          participants.map((entry) => entry.person),
          panel.summary,
          event,
          locale,
        )}
      />
      <DetailHeader
        collection="panels"
        title={panel.title}
        locale={locale}
        sharePath={pagePath('panels', panel.slug, locale)}
        isPreview={isPreview}
        titleLang={langOf('title')}
        isFallback={isFallback}
      >
        <Byline event={event} locale={locale} />
      </DetailHeader>
      {panel.summary && (
        <p className="lead" lang={langOf('summary')}>
          {panel.summary}
        </p>
      )}

      <dl className="facts">
        {panel.moderators && panel.moderators.length > 0 && (
          <>
            <dt>{t('moderation')}</dt>
            <dd>
              <PeopleLinks people={panel.moderators} locale={locale} />
            </dd>
          </>
        )}
        {presented.length > 0 && (
          <>
            <dt>{t('presented')}</dt>
            <dd>
              <ul className="plain-list">
                {presented.map((organisation) => (
                  <li key={organisation.id}>
                    <Link href={pagePath('organisations', organisation.slug, locale)}>
                      {organisation.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {participants.length > 0 && (
          <>
            <dt>{t('participants')}</dt>
            <dd>
              <ul className="plain-list">
                {participants.map((entry) => (
                  <li key={entry.id}>
                    <PeopleLinks people={[entry.person]} locale={locale} />
                    {typeof entry.organisation === 'object' && entry.organisation && (
                      <>
                        {' ('}
                        <Link href={pagePath('organisations', entry.organisation.slug, locale)}>
                          {entry.organisation.shortName || entry.organisation.name}
                        </Link>
                        {')'}
                      </>
                    )}
                    {entry.role && <span className="meta"> – {entry.role}</span>}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>

      {panel.guidingQuestions && panel.guidingQuestions.length > 0 && (
        <section aria-labelledby="leitfragen">
          <h2 id="leitfragen">{t('guidingQuestions')}</h2>
          <ul>
            {panel.guidingQuestions.map((entry) => (
              <li key={entry.id}>{entry.question}</li>
            ))}
          </ul>
        </section>
      )}

      {panel.body && (
        <div lang={langOf('body')}>
          <SiteRichText data={panel.body} />
        </div>
      )}

      {panel.findings && panel.findings.length > 0 && (
        <section aria-labelledby="ergebnisse">
          <h2 id="ergebnisse">{t('findings')}</h2>
          <ol className="findings">
            {panel.findings.map((finding) => (
              <li key={finding.id} id={finding.anchor} className="finding" tabIndex={-1}>
                <p className="statement">
                  {finding.statement}{' '}
                  <a
                    href={`#${finding.anchor}`}
                    className="anchor-link"
                    aria-label={t('findingLink')}
                  >
                    #
                  </a>
                </p>
                {finding.quote && (
                  <blockquote>
                    <p>{finding.quote}</p>
                    {typeof finding.speaker === 'object' && finding.speaker && (
                      <footer>
                        — <PeopleLinks people={[finding.speaker]} locale={locale} />
                      </footer>
                    )}
                  </blockquote>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}
      <TopicLinks topics={panel.topics} locale={locale} />
      <RelatedContent related={panel.related} locale={locale} />
    </article>
  )
}
