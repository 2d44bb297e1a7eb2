import { getTranslations } from 'next-intl/server'

import { searchPath, type SiteLocale } from '@/site/paths'

/** A GET form to the search page: works without JavaScript, lands on shareable results. */
export async function SearchBox({
  locale,
  id,
  label,
  compact = false,
}: {
  locale: SiteLocale
  /** The input's id; the header's and the start page's boxes are on one page. */
  id: string
  /** The accessible name of the search landmark (each one on a page needs its own). */
  label: string
  compact?: boolean
}) {
  const t = await getTranslations({ locale, namespace: 'search' })
  return (
    <form
      action={searchPath(locale)}
      method="get"
      role="search"
      aria-label={label}
      className={compact ? 'search-box compact' : 'search-box'}
    >
      <label htmlFor={id} className="visually-hidden">
        {t('label')}
      </label>
      <input id={id} name="q" type="search" placeholder={t('placeholder')} autoComplete="off" />
      <button type="submit">{t('submit')}</button>
    </form>
  )
}
