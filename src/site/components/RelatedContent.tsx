import Link from 'next/link'
import { getTranslations } from 'next-intl/server'

import type { PublicationCollection } from '@/publicationTypes'
import { pagePath, type SiteLocale } from '@/site/paths'

type Related = { relationTo: PublicationCollection; value: unknown }[] | null | undefined

/** Related publications that are public (what the reader may not see is not populated). */
export async function RelatedContent({
  related,
  locale,
}: {
  related: Related
  locale: SiteLocale
}) {
  const items = (related ?? []).flatMap(({ relationTo, value }) =>
    typeof value === 'object' && value !== null && 'slug' in value && 'title' in value
      ? [{ collection: relationTo, slug: String(value.slug), title: String(value.title) }]
      : [],
  )
  if (items.length === 0) return null
  const t = await getTranslations({ locale, namespace: 'publication' })
  const types = await getTranslations({ locale, namespace: 'types' })
  return (
    <section aria-labelledby="verwandt" className="related">
      <h2 id="verwandt">{t('related')}</h2>
      <ul className="publication-list">
        {items.map((item) => (
          <li key={`${item.collection}-${item.slug}`}>
            <span className="type-label">{types(`${item.collection}.one`)}</span>
            <Link href={pagePath(item.collection, item.slug, locale)} className="card-title">
              {item.title}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
