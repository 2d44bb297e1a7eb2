import { hubTimeZone } from '@/domain/hubTimeZone'

import type { SiteLocale } from './paths'

const formats = {
  date: { dateStyle: 'long' },
  dateTime: { dateStyle: 'long', timeStyle: 'short' },
  time: { timeStyle: 'short' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>

/** Dates as people at the conference read them: the hub's time zone, the page's language. */
export function formatDate(
  iso: string | null | undefined,
  locale: SiteLocale,
  style: keyof typeof formats = 'date',
): string {
  if (!iso) return ''
  return new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    ...formats[style],
    timeZone: hubTimeZone(),
  }).format(new Date(iso))
}
