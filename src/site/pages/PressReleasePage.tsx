import { SiteRichText } from '@/site/components/SiteRichText'
import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import type { Media } from '@/payload-types'
import { Byline } from '@/site/components/Byline'
import { DetailHeader } from '@/site/components/DetailHeader'
import { pagePath } from '@/site/paths'
import { Figure } from '@/site/components/Figure'
import { JsonLd } from '@/site/components/JsonLd'
import { RelatedContent } from '@/site/components/RelatedContent'
import { TopicLinks } from '@/site/components/TopicLinks'
import { loadDetail, loadDetailForMetadata, type DetailParams } from '@/site/detailPage'
import { detailMetadata } from '@/site/metadata'
import { pressReleaseJsonLd } from '@/site/structuredData'

type Props = { params: DetailParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await loadDetailForMetadata('pressReleases', params)
  return loaded
    ? detailMetadata('pressReleases', loaded.doc, loaded.locale, {
        description: loaded.doc.summary,
      })
    : {}
}

/** Under embargo (Sperrfrist) the access rules return nothing, so the page is a 404 until then. */
export default async function PressReleasePage({ params }: Props) {
  const {
    doc: release,
    isPreview,
    locale,
    langOf,
    isFallback,
    contentLocale,
  } = await loadDetail('pressReleases', params)
  const t = await getTranslations('publication')
  const event = typeof release.event === 'object' ? release.event : null
  const figures = (release.figures ?? []).filter((f): f is Media => typeof f === 'object')
  return (
    <article>
      <JsonLd inLanguage={contentLocale} data={pressReleaseJsonLd(release, locale)} />
      <DetailHeader
        collection="pressReleases"
        title={release.title}
        subtitle={release.subtitle}
        locale={locale}
        sharePath={pagePath('pressReleases', release.slug, locale)}
        isPreview={isPreview}
        titleLang={langOf('title')}
        subtitleLang={langOf('subtitle')}
        isFallback={isFallback}
      >
        <Byline event={event} date={release.publishedAt} locale={locale} />
      </DetailHeader>
      {release.summary && (
        <p className="lead" lang={langOf('summary')}>
          {release.summary}
        </p>
      )}
      {release.body && (
        <div lang={langOf('body')}>
          <SiteRichText data={release.body} />
        </div>
      )}
      {figures.length > 0 && (
        <section aria-labelledby="abbildungen">
          <h2 id="abbildungen">{t('figures')}</h2>
          {figures.map((figure) => (
            <Figure key={figure.id} media={figure} />
          ))}
        </section>
      )}
      {release.contacts && release.contacts.length > 0 && (
        <section aria-labelledby="kontakt">
          <h2 id="kontakt">{t('contacts')}</h2>
          <ul className="plain-list">
            {release.contacts.map((contact) => (
              <li key={contact.id}>
                {[
                  contact.name,
                  typeof contact.organisation === 'object' && contact.organisation?.name,
                ]
                  .filter(Boolean)
                  .join(', ')}
                {contact.email && (
                  <>
                    {' · '}
                    <a href={`mailto:${contact.email}`}>{contact.email}</a>
                  </>
                )}
                {contact.phone && <> · {contact.phone}</>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {release.fundingNotice && (
        <p className="funding-notice">
          <strong>{t('funding')}:</strong> {release.fundingNotice}
        </p>
      )}
      <TopicLinks topics={release.topics} locale={locale} />
      <RelatedContent related={release.related} locale={locale} />
    </article>
  )
}
