import type { Metadata } from 'next'
import Link from 'next/link'
import { getTranslations } from 'next-intl/server'

import { DetailHeader } from '@/site/components/DetailHeader'
import { JsonLd } from '@/site/components/JsonLd'
import { PublicationGroups } from '@/site/components/PublicationGroups'
import { loadDetail, loadDetailForMetadata, type DetailParams } from '@/site/detailPage'
import { detailMetadata } from '@/site/metadata'
import { pagePath } from '@/site/paths'
import { listOrganisationMembers } from '@/site/organisationMembers'
import { listPublicByType } from '@/site/publications'
import { organisationJsonLd } from '@/site/structuredData'

type Props = { params: DetailParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await loadDetailForMetadata('organisations', params)
  if (!loaded) return {}
  const { doc, locale } = loaded
  const t = await getTranslations({ locale, namespace: 'organisation' })
  return detailMetadata('organisations', { ...doc, title: doc.name }, locale, {
    description: doc.description || t('metaDescription', { name: doc.name }),
    openGraphType: 'website',
  })
}

export default async function OrganisationPage({ params }: Props) {
  const {
    doc: organisation,
    isPreview,
    locale,
    langOf,
    isFallback,
    contentLocale,
  } = await loadDetail('organisations', params)
  const t = await getTranslations('organisation')
  const parent = typeof organisation.parent === 'object' ? organisation.parent : null
  const [groups, members] = await Promise.all([
    listPublicByType(locale, { organisation: organisation.slug }),
    listOrganisationMembers(organisation.id, locale),
  ])
  return (
    <article>
      <JsonLd inLanguage={contentLocale} data={organisationJsonLd(organisation, locale)} />
      <DetailHeader
        collection="organisations"
        title={organisation.name}
        subtitle={organisation.shortName}
        locale={locale}
        isPreview={isPreview}
        titleLang={langOf('title')}
        isFallback={isFallback}
      />
      {organisation.description && (
        <p className="lead" lang={langOf('description')}>
          {organisation.description}
        </p>
      )}
      <dl className="facts">
        {parent && (
          <>
            <dt>{t('parent')}</dt>
            <dd>
              <Link href={pagePath('organisations', parent.slug, locale)}>{parent.name}</Link>
            </dd>
          </>
        )}
        {organisation.website && (
          <>
            <dt>{t('website')}</dt>
            <dd>
              <a href={organisation.website}>{organisation.website}</a>
            </dd>
          </>
        )}
      </dl>
      {organisation.relations && organisation.relations.length > 0 && (
        <section aria-labelledby="verbindungen">
          <h2 id="verbindungen">{t('relations')}</h2>
          <ul className="plain-list">
            {organisation.relations.map((relation) =>
              typeof relation.organisation === 'object' ? (
                <li key={relation.id}>
                  <Link href={pagePath('organisations', relation.organisation.slug, locale)}>
                    {relation.organisation.name}
                  </Link>
                </li>
              ) : null,
            )}
          </ul>
        </section>
      )}
      {members.length > 0 && (
        <section aria-labelledby="dazu-gehoeren">
          <h2 id="dazu-gehoeren">{t('members')}</h2>
          <ul className="plain-list">
            {members.map((member) => (
              <li key={member.id}>
                <Link href={pagePath('organisations', member.slug, locale)}>{member.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <PublicationGroups groups={groups} locale={locale} heading={t('publications')} />
    </article>
  )
}
