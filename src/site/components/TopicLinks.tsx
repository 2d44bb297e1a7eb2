import Link from 'next/link'
import { getTranslations } from 'next-intl/server'

import type { Topic } from '@/payload-types'
import { pagePath, type SiteLocale } from '@/site/paths'

export async function TopicLinks({
  topics,
  locale,
}: {
  topics: (string | Topic)[] | null | undefined
  locale: SiteLocale
}) {
  const populated = (topics ?? []).filter((topic): topic is Topic => typeof topic === 'object')
  if (populated.length === 0) return null
  const t = await getTranslations({ locale, namespace: 'publication' })
  return (
    <nav aria-label={t('topics')} className="topics">
      <h2 className="visually-hidden">{t('topics')}</h2>
      <ul className="tag-list">
        {populated.map((topic) => (
          <li key={topic.id}>
            <Link href={pagePath('topics', topic.slug, locale)}>{topic.title}</Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
