'use client'

import { usePathname, useSearchParams } from 'next/navigation'
import { useLocale, useTranslations } from 'next-intl'

import { alternatePath, type SiteLocale } from '@/site/paths'

/**
 * The same page in the other language, with the same search parameters. The visible name
 * ("English") starts the accessible name, so speech input ("click English") finds the link; the
 * explanation follows for screen readers, each part in its own language.
 */
export function LanguageSwitch() {
  const t = useTranslations('site')
  const other: SiteLocale = useLocale() === 'de' ? 'en' : 'de'
  const path = alternatePath(usePathname(), other)
  const query = useSearchParams().toString()
  return (
    <a href={query ? `${path}?${query}` : path} hrefLang={other}>
      <span lang={other}>{t('otherLanguage')}</span>
      <span className="visually-hidden"> – {t('otherLanguageLabel')}</span>
    </a>
  )
}
