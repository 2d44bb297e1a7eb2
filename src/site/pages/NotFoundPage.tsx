import Link from 'next/link'
import { getTranslations } from 'next-intl/server'

import { homePath, searchPath, type SiteLocale } from '@/site/paths'

export async function NotFoundPage({ locale }: { locale: SiteLocale }) {
  const t = await getTranslations({ locale, namespace: 'notFound' })
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('text')}</p>
      <ul className="plain-list">
        <li>
          <Link href={searchPath(locale)}>{t('toSearch')}</Link>
        </li>
        <li>
          <Link href={homePath(locale)}>{t('toHome')}</Link>
        </li>
      </ul>
    </>
  )
}
