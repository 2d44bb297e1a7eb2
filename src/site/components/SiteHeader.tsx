import Link from 'next/link'
import { getTranslations } from 'next-intl/server'

import { homePath, searchPath, type SiteLocale } from '@/site/paths'

import { LanguageSwitch } from './LanguageSwitch'

export async function SiteHeader({ locale }: { locale: SiteLocale }) {
  const t = await getTranslations({ locale, namespace: 'site' })
  return (
    <header className="site-header">
      <Link href={homePath(locale)} className="brand">
        {t('name')}
      </Link>
      <nav aria-label={t('mainNav')}>
        <Link href={homePath(locale)}>{t('home')}</Link>
        <Link href={searchPath(locale)}>{t('search')}</Link>
        <LanguageSwitch />
      </nav>
    </header>
  )
}
