import type { Metadata } from 'next'
import { NextIntlClientProvider } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import type { ReactNode } from 'react'

import { getEnv } from '@/env'
import { SiteFooter } from '@/site/components/SiteFooter'
import { SiteHeader } from '@/site/components/SiteHeader'
import type { SiteLocale } from '@/site/paths'

export async function siteMetadata(locale: SiteLocale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'site' })
  return {
    metadataBase: new URL(getEnv().SERVER_URL),
    title: { default: t('name'), template: `%s – ${t('name')}` },
    description: t('tagline'),
    openGraph: { siteName: t('name'), locale: locale === 'de' ? 'de_DE' : 'en_GB' },
  }
}

/** The document around every public page: language, skip link, header, main, footer. */
export async function SiteShell({ locale, children }: { locale: SiteLocale; children: ReactNode }) {
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: 'site' })
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider>
          <a className="skip-link" href="#inhalt">
            {t('skipLink')}
          </a>
          <SiteHeader locale={locale} />
          <main id="inhalt" tabIndex={-1}>
            {children}
          </main>
          <SiteFooter locale={locale} />
        </NextIntlClientProvider>
      </body>
    </html>
  )
}
