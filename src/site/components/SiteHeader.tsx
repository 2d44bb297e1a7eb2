import Image from 'next/image'
import Link from 'next/link'
import { getTranslations } from 'next-intl/server'

import type { Branding } from '@/site/branding/readBranding'
import { imageSource } from '@/site/imageSource'
import {
  homePath,
  searchPath,
  sectionPath,
  type PageCollection,
  type SiteLocale,
} from '@/site/paths'

import { LanguageSwitch } from './LanguageSwitch'
import { SearchBox } from './SearchBox'

/** The sections in the order a visitor of a think tank looks for them. */
const NAV_SECTIONS: PageCollection[] = [
  'researchNotes',
  'talks',
  'impulses',
  'panels',
  'events',
  'pressReleases',
  'people',
  'topics',
  'organisations',
]

export async function SiteHeader({ locale, branding }: { locale: SiteLocale; branding: Branding }) {
  const t = await getTranslations({ locale, namespace: 'site' })
  const types = await getTranslations({ locale, namespace: 'types' })
  return (
    <header className="site-header">
      <div className="header-top">
        <Link href={homePath(locale)} className="brand">
          {branding.logo ? (
            <Image
              {...imageSource(branding.logo.url, true)}
              alt={branding.logo.alt}
              width={branding.logo.width}
              height={branding.logo.height}
              className="brand-logo"
              sizes="12rem"
              priority
            />
          ) : (
            branding.name
          )}
        </Link>
        <SearchBox locale={locale} id="kopf-suche" label={t('searchLabel')} compact />
        <LanguageSwitch />
      </div>
      <nav aria-label={t('mainNav')} className="main-nav">
        <ul>
          {NAV_SECTIONS.map((collection) => (
            <li key={collection}>
              <Link href={sectionPath(collection, locale)}>{types(`${collection}.other`)}</Link>
            </li>
          ))}
          <li>
            <Link href={searchPath(locale)}>{t('search')}</Link>
          </li>
        </ul>
      </nav>
    </header>
  )
}
