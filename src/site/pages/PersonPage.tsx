import type { Metadata } from 'next'
import Link from 'next/link'
import { getTranslations } from 'next-intl/server'

import type { Media, Organisation } from '@/payload-types'
import { DetailHeader } from '@/site/components/DetailHeader'
import { Figure } from '@/site/components/Figure'
import { JsonLd } from '@/site/components/JsonLd'
import { PublicationGroups } from '@/site/components/PublicationGroups'
import { loadDetail, loadDetailForMetadata, type DetailParams } from '@/site/detailPage'
import { detailMetadata } from '@/site/metadata'
import { pagePath } from '@/site/paths'
import { personName } from '@/site/personName'
import { listPublicByType } from '@/site/publications'
import { personJsonLd } from '@/site/structuredData'

type Props = { params: DetailParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await loadDetailForMetadata('people', params)
  if (!loaded) return {}
  const { doc, locale } = loaded
  const t = await getTranslations({ locale, namespace: 'person' })
  return detailMetadata('people', { ...doc, title: personName(doc) }, locale, {
    description: doc.bio || t('metaDescription', { name: personName(doc) }),
    openGraphType: 'profile',
  })
}

/** A speaker, moderator or author and everything public they contributed to. */
export default async function PersonPage({ params }: Props) {
  const {
    doc: person,
    isPreview,
    locale,
    langOf,
    isFallback,
    contentLocale,
  } = await loadDetail('people', params)
  const t = await getTranslations('person')
  const affiliations = (person.affiliations ?? []).filter(
    (o): o is Organisation => typeof o === 'object',
  )
  const portrait = typeof person.portrait === 'object' ? (person.portrait as Media | null) : null
  const groups = await listPublicByType(locale, { person: person.slug })
  return (
    <article>
      <JsonLd inLanguage={contentLocale} data={personJsonLd(person, locale)} />
      <DetailHeader
        collection="people"
        title={personName(person)}
        subtitle={person.function}
        locale={locale}
        isPreview={isPreview}
        titleLang={langOf('title')}
        subtitleLang={langOf('function')}
        isFallback={isFallback}
      />
      {portrait && <Figure media={portrait} />}
      {person.bio && <p lang={langOf('bio')}>{person.bio}</p>}
      {affiliations.length > 0 && (
        <section aria-labelledby="organisationen">
          <h2 id="organisationen">{t('affiliations')}</h2>
          <ul className="plain-list">
            {affiliations.map((organisation) => (
              <li key={organisation.id}>
                <Link href={pagePath('organisations', organisation.slug, locale)}>
                  {organisation.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <PublicationGroups groups={groups} locale={locale} heading={t('contributions')} />
    </article>
  )
}
