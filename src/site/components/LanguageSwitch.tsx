'use client'

import { usePathname, useSearchParams } from 'next/navigation'
import { useLocale, useTranslations } from 'next-intl'

import { alternatePath, type SiteLocale } from '@/site/paths'

/** The same page in the other language, with the same search parameters. */
export function LanguageSwitch() {
  const t = useTranslations('site')
  const other: SiteLocale = useLocale() === 'de' ? 'en' : 'de'
  const path = alternatePath(usePathname(), other)
  const query = useSearchParams().toString()
  return (
    <a
      href={query ? `${path}?${query}` : path}
      hrefLang={other}
      lang={other}
      aria-label={t('otherLanguageLabel')}
    >
      {t('otherLanguage')}
    </a>
  )
}
