import type { SiteLocale } from './paths'

export type Licence = { name: string; url?: string }

const VERSION = /^\d\.\d$/

/**
 * A licence as people read it, with its deed where it is a Creative Commons licence:
 * "CC-BY-4.0" and "cc by 4.0" → "CC BY 4.0", creativecommons.org/licenses/by/4.0/deed.de.
 * Anything else ("alle Rechte vorbehalten") is shown as written.
 */
export function licenceOf(value: string, locale: SiteLocale): Licence {
  const tokens = value
    .trim()
    .toUpperCase()
    .split(/[\s_-]+/)
  const deed = `deed.${locale}`
  if (tokens[0] === 'CC0') {
    const version = tokens.find((token) => VERSION.test(token)) ?? '1.0'
    return {
      name: `CC0 ${version}`,
      url: `https://creativecommons.org/publicdomain/zero/${version}/${deed}`,
    }
  }
  if (tokens[0] === 'CC' && tokens[1] === 'BY') {
    const version = tokens.find((token) => VERSION.test(token)) ?? '4.0'
    const terms = tokens.slice(1).filter((token) => ['BY', 'SA', 'NC', 'ND'].includes(token))
    return {
      name: `CC ${terms.join('-')} ${version}`,
      url: `https://creativecommons.org/licenses/${terms.join('-').toLowerCase()}/${version}/${deed}`,
    }
  }
  return { name: value }
}

/** "1,2 MB", "340 kB": file sizes as the page's language writes them. */
export function formatFileSize(bytes: number, locale: SiteLocale) {
  const format = (value: number, unit: string) =>
    `${new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 1 }).format(value)} ${unit}`
  return bytes >= 1_000_000
    ? format(bytes / 1_000_000, 'MB')
    : format(Math.max(1, bytes / 1000), 'kB')
}
