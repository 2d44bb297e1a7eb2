import Link from 'next/link'
import { getTranslations } from 'next-intl/server'

import type { Branding } from '@/site/branding/readBranding'
import { feedsPagePath, LEGAL_PAGES, legalPath, type SiteLocale } from '@/site/paths'

export async function SiteFooter({ locale, branding }: { locale: SiteLocale; branding: Branding }) {
  const t = await getTranslations({ locale, namespace: 'site' })
  const legal = await getTranslations({ locale, namespace: 'legal' })
  return (
    <footer className="site-footer">
      <nav aria-label={t('legalNav')}>
        <ul className="footer-links">
          {LEGAL_PAGES.map((page) => (
            <li key={page}>
              <Link href={legalPath(page, locale)}>{legal(`pages.${page}`)}</Link>
            </li>
          ))}
        </ul>
      </nav>
      <p>{branding.footerText}</p>
      <p>
        <Link href={feedsPagePath(locale)}>{t('feeds')}</Link>
      </p>
      <p>
        <Link href="/api/v1/docs" prefetch={false}>
          {t('apiDocs')}
        </Link>
      </p>
    </footer>
  )
}
