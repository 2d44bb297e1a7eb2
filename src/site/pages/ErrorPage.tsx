'use client'

import { useTranslations } from 'next-intl'

/** A page that failed to render (e.g. the database is unreachable): say so and offer a retry. */
export function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations('error')
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('text')}</p>
      <button type="button" onClick={reset} className="button">
        {t('retry')}
      </button>
    </>
  )
}
