import Link from 'next/link'
import { getTranslations } from 'next-intl/server'

import { feedLabel } from '@/site/metadata'
import { FEED_FORMATS, feedPath, LEGAL_PAGES, legalPath, type SiteLocale } from '@/site/paths'

export async function SiteFooter({ locale }: { locale: SiteLocale }) {
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
      <p>{t('footer')}</p>
      <p>
        {t('feeds')}:{' '}
        {FEED_FORMATS.map((format, index) => (
          <span key={format}>
            {index > 0 && ' · '}
            <a href={feedPath({ kind: 'all' }, format, locale)}>{feedLabel(format)}</a>
          </span>
        ))}
      </p>
      <p>
        <Link href="/api/v1/docs" prefetch={false}>
          {t('apiDocs')}
        </Link>
      </p>
    </footer>
  )
}
