import { getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'

import { getEnv } from '@/env'
import type { PageCollection, SiteLocale } from '@/site/paths'

import { LivePreviewRefresh } from './LivePreviewRefresh'
import { ShareLinks } from './ShareLinks'

/**
 * Type label, title, a line of facts and, for publications and events (`sharePath`), share links;
 * in live preview a banner and refresh on save instead of share links.
 */
export async function DetailHeader({
  collection,
  title,
  subtitle,
  locale,
  isPreview,
  titleLang,
  subtitleLang,
  isFallback = false,
  sharePath,
  children,
}: {
  collection: PageCollection
  title: string
  subtitle?: string | null
  locale: SiteLocale
  isPreview: boolean
  /** "de" where an English page shows the German text. */
  titleLang?: SiteLocale
  subtitleLang?: SiteLocale
  isFallback?: boolean
  /** The page's own path, to be shared. */
  sharePath?: string
  children?: ReactNode
}) {
  const types = await getTranslations({ locale, namespace: 'types' })
  const t = await getTranslations({ locale, namespace: 'publication' })
  const site = await getTranslations({ locale, namespace: 'site' })
  return (
    <header className="detail-header">
      {isPreview && (
        <p className="preview-banner" role="status">
          {t('draftPreview')}
          <LivePreviewRefresh serverUrl={getEnv().SERVER_URL} />
        </p>
      )}
      <p className="type-label">{types(`${collection}.one`)}</p>
      <h1 lang={titleLang}>{title}</h1>
      {subtitle && (
        <p className="subtitle" lang={subtitleLang}>
          {subtitle}
        </p>
      )}
      {children && <div className="meta">{children}</div>}
      {isFallback && (
        <p className="notice" role="note">
          {site('fallbackNotice')}
        </p>
      )}
      {sharePath && !isPreview && <ShareLinks path={sharePath} title={title} />}
    </header>
  )
}
