import { SiteRichText } from '@/site/components/SiteRichText'
import type { Metadata } from 'next'

import type { Person } from '@/payload-types'
import { Byline } from '@/site/components/Byline'
import { DetailHeader } from '@/site/components/DetailHeader'
import { pagePath } from '@/site/paths'
import { JsonLd } from '@/site/components/JsonLd'
import { RelatedContent } from '@/site/components/RelatedContent'
import { TopicLinks } from '@/site/components/TopicLinks'
import { loadDetail, loadDetailForMetadata, type DetailParams } from '@/site/detailPage'
import { detailMetadata } from '@/site/metadata'
import { contributionJsonLd } from '@/site/structuredData'

type Props = { params: DetailParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await loadDetailForMetadata('impulses', params)
  return loaded
    ? detailMetadata('impulses', loaded.doc, loaded.locale, { description: loaded.doc.summary })
    : {}
}

export default async function ImpulsePage({ params }: Props) {
  const {
    doc: impulse,
    isPreview,
    locale,
    langOf,
    isFallback,
    contentLocale,
  } = await loadDetail('impulses', params)
  const event = typeof impulse.event === 'object' ? impulse.event : null
  const authors = (impulse.authors ?? []).filter((p): p is Person => typeof p === 'object')
  return (
    <article>
      <JsonLd
        inLanguage={contentLocale}
        data={contributionJsonLd('impulses', impulse, authors, impulse.summary, event, locale)}
      />
      <DetailHeader
        collection="impulses"
        title={impulse.title}
        locale={locale}
        sharePath={pagePath('impulses', impulse.slug, locale)}
        isPreview={isPreview}
        titleLang={langOf('title')}
        isFallback={isFallback}
      >
        <Byline people={impulse.authors} event={event} date={impulse.publishedAt} locale={locale} />
      </DetailHeader>
      {impulse.summary && (
        <p className="lead" lang={langOf('summary')}>
          {impulse.summary}
        </p>
      )}
      {impulse.body && (
        <div lang={langOf('body')}>
          <SiteRichText data={impulse.body} />
        </div>
      )}
      <TopicLinks topics={impulse.topics} locale={locale} />
      <RelatedContent related={impulse.related} locale={locale} />
    </article>
  )
}
