import Link from 'next/link'
import { getTranslations } from 'next-intl/server'

import { PUBLICATION_TYPES } from '@/api/v1/resources'
import type { PublicationV1 } from '@/api/v1/toPublication'
import { formatDate } from '@/site/formatDate'
import { pagePath, type SiteLocale } from '@/site/paths'

type Props = { items: PublicationV1[]; locale: SiteLocale; showType?: boolean }

/** Publications as a list of cards: type, title, people, date, summary. */
export async function PublicationList({ items, locale, showType = false }: Props) {
  const t = await getTranslations({ locale, namespace: 'types' })
  return (
    <ul className="publication-list">
      {items.map((item) => {
        const collection = PUBLICATION_TYPES[item.type]
        const people = Array.isArray(item.people)
          ? [...new Set(item.people.map((person: { name: string }) => person.name))]
          : []
        const date =
          typeof item.startsAt === 'string' ? item.startsAt : (item.publishedAt as string | null)
        return (
          <li key={item.id}>
            {showType && <span className="type-label">{t(`${collection}.one`)}</span>}
            <Link href={pagePath(collection, String(item.slug), locale)} className="card-title">
              {String(item.title)}
            </Link>
            <div className="meta">
              {[people.join(', '), formatDate(date, locale)].filter(Boolean).join(' · ')}
            </div>
            {typeof item.summary === 'string' && item.summary && (
              <p className="card-summary">{item.summary}</p>
            )}
          </li>
        )
      })}
    </ul>
  )
}
