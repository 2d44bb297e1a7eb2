import { getRequestConfig } from 'next-intl/server'

import { hubTimeZone } from '@/domain/hubTimeZone'
import { DEFAULT_LOCALE, isSiteLocale } from '@/site/paths'

/** UI strings per language; the language comes from the page's route tree (setRequestLocale). */
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale
  const locale = isSiteLocale(requested) ? requested : DEFAULT_LOCALE
  return {
    locale,
    timeZone: hubTimeZone(),
    messages: (await import(`./messages/${locale}.json`)).default,
  }
})
