import { getTranslations } from 'next-intl/server'

import type { Media } from '@/payload-types'
import { cachedRead, isBuildTime } from '@/site/cache'
import type { SiteLocale } from '@/site/paths'
import { getSitePayload } from '@/site/payloadClient'

import { validateAccentColour } from './colourContrast'
import { DEFAULT_BRANDING } from './defaults'

export type Branding = {
  name: string
  tagline: string
  footerText: string
  accentColour: string
  logo: { url: string; width: number; height: number; alt: string } | null
}

async function readSiteSettings(locale: SiteLocale) {
  const payload = await getSitePayload()
  // Everything in it is shown on every page; its access rules are for the admin panel.
  return payload.findGlobal({ slug: 'siteSettings', locale, depth: 1, overrideAccess: true })
}

const readSiteSettingsCached = cachedRead('site-settings', readSiteSettings)

/** An accent the site can use: a valid colour readable on white, else the default. */
const usableAccent = (value: string | null | undefined) =>
  value && validateAccentColour(value) === true ? value : DEFAULT_BRANDING.accentColour

function logoOf(logo: string | Media | null | undefined, name: string): Branding['logo'] {
  if (typeof logo !== 'object' || !logo?.url || !logo.width || !logo.height) return null
  return { url: logo.url, width: logo.width, height: logo.height, alt: name }
}

/**
 * The hub's identity as admins set it in "Website-Auftritt", each text in the page's language;
 * what is not filled in comes from the built-in messages and site.css.
 */
export async function readBranding(locale: SiteLocale): Promise<Branding> {
  const [settings, t] = await Promise.all([
    // The layout of every page (error pages too) reads this: without the database it shows the
    // built-in identity, and the page's own read fails as it would have (503 or error page).
    isBuildTime() ? null : readSiteSettingsCached(locale).catch(() => null),
    getTranslations({ locale, namespace: 'site' }),
  ])
  const name = settings?.name?.trim() || t('name')
  return {
    name,
    tagline: settings?.tagline?.trim() || t('tagline'),
    footerText: settings?.footerText?.trim() || t('footer'),
    accentColour: usableAccent(settings?.accentColour),
    logo: logoOf(settings?.logo, name),
  }
}
