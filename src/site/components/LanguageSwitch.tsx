'use client'

import { usePathname, useSearchParams } from 'next/navigation'
import { useLocale, useTranslations } from 'next-intl'
import { Suspense } from 'react'

import { alternatePath, type SiteLocale } from '@/site/paths'

/**
 * The same page in the other language, with the same search parameters. Cached pages are
 * rendered without a request, so the link first names the path alone and the browser adds the
 * query (search, filters) once it runs.
 */
export function LanguageSwitch() {
  return (
    <Suspense fallback={<SwitchLink query="" />}>
      <SwitchKeepingQuery />
    </Suspense>
  )
}

function SwitchKeepingQuery() {
  return <SwitchLink query={useSearchParams().toString()} />
}

/**
 * The visible name ("English") starts the accessible name, so speech input ("click English")
 * finds the link; the explanation follows for screen readers, each part in its own language.
 */
function SwitchLink({ query }: { query: string }) {
  const t = useTranslations('site')
  const other: SiteLocale = useLocale() === 'de' ? 'en' : 'de'
  const path = alternatePath(usePathname(), other)
  return (
    <a href={query ? `${path}?${query}` : path} hrefLang={other}>
      <span lang={other}>{t('otherLanguage')}</span>
      <span className="visually-hidden"> – {t('otherLanguageLabel')}</span>
    </a>
  )
}
