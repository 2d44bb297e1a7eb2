import type { Metadata } from 'next'
import { NextIntlClientProvider } from 'next-intl'
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server'
import type { CSSProperties, ReactNode } from 'react'

import { getEnv } from '@/env'
import { clientMessages } from '@/i18n/clientMessages'
import { readBranding } from '@/site/branding/readBranding'
import { SiteFooter } from '@/site/components/SiteFooter'
import { SiteHeader } from '@/site/components/SiteHeader'
import type { SiteLocale } from '@/site/paths'

export async function siteMetadata(locale: SiteLocale): Promise<Metadata> {
  const { name, tagline } = await readBranding(locale)
  return {
    metadataBase: new URL(getEnv().SERVER_URL),
    title: { default: name, template: `%s – ${name}` },
    description: tagline,
    openGraph: { siteName: name, locale: locale === 'de' ? 'de_DE' : 'en_GB' },
  }
}

/** The document around every public page: language, skip link, header, main, footer. */
export async function SiteShell({ locale, children }: { locale: SiteLocale; children: ReactNode }) {
  setRequestLocale(locale)
  const [t, branding, messages] = await Promise.all([
    getTranslations({ locale, namespace: 'site' }),
    readBranding(locale),
    getMessages({ locale }),
  ])
  // The accent colour admins chose; site.css uses the variable everywhere.
  const accent = { '--accent': branding.accentColour } as CSSProperties
  return (
    <html lang={locale}>
      <body style={accent}>
        <NextIntlClientProvider messages={clientMessages(messages)}>
          <a className="skip-link" href="#inhalt">
            {t('skipLink')}
          </a>
          <SiteHeader locale={locale} branding={branding} />
          <main id="inhalt" tabIndex={-1}>
            {children}
          </main>
          <SiteFooter locale={locale} branding={branding} />
        </NextIntlClientProvider>
      </body>
    </html>
  )
}
