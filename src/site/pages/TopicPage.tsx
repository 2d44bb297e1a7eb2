import type { Metadata } from 'next'
import Link from 'next/link'
import { getTranslations } from 'next-intl/server'

import { DetailHeader } from '@/site/components/DetailHeader'
import { PublicationGroups } from '@/site/components/PublicationGroups'
import { loadDetail, loadDetailForMetadata, type DetailParams } from '@/site/detailPage'
import { detailMetadata, feedAlternates } from '@/site/metadata'
import { pagePath } from '@/site/paths'
import { listPublicByType } from '@/site/publications'

type Props = { params: DetailParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await loadDetailForMetadata('topics', params)
  if (!loaded) return {}
  const { doc: topic, locale } = loaded
  const t = await getTranslations({ locale, namespace: 'topic' })
  const metadata = detailMetadata('topics', topic, locale, {
    description: topic.description || t('metaDescription', { title: topic.title }),
    openGraphType: 'website',
  })
  const feeds = feedAlternates({ kind: 'topic', slug: topic.slug }, locale, topic.title)
  return { ...metadata, alternates: { ...metadata.alternates, types: feeds } }
}

export default async function TopicPage({ params }: Props) {
  const { doc: topic, isPreview, locale, langOf, isFallback } = await loadDetail('topics', params)
  const t = await getTranslations('topic')
  const parent = typeof topic.parent === 'object' ? topic.parent : null
  const groups = await listPublicByType(locale, { topic: topic.slug })
  return (
    <article>
      <DetailHeader
        collection="topics"
        title={topic.title}
        locale={locale}
        isPreview={isPreview}
        titleLang={langOf('title')}
        isFallback={isFallback}
      >
        {parent && (
          <>
            {t('parent')}:{' '}
            <Link href={pagePath('topics', parent.slug, locale)}>{parent.title}</Link>
          </>
        )}
      </DetailHeader>
      {topic.description && (
        <p className="lead" lang={langOf('description')}>
          {topic.description}
        </p>
      )}
      <PublicationGroups groups={groups} locale={locale} heading={t('publications')} />
    </article>
  )
}
