import Link from 'next/link'
import { getTranslations } from 'next-intl/server'

import type { SiteLocale } from '@/site/paths'

export async function SiteFooter({ locale }: { locale: SiteLocale }) {
  const t = await getTranslations({ locale, namespace: 'site' })
  return (
    <footer className="site-footer">
      <p>{t('footer')}</p>
      <p>
        <Link href="/api/v1/docs" prefetch={false}>
          {t('apiDocs')}
        </Link>
      </p>
    </footer>
  )
}
