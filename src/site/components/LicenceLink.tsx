import { licenceOf } from '@/site/licence'
import type { SiteLocale } from '@/site/paths'

/** The licence's name, linked to its deed when it has one. */
export function LicenceLink({ value, locale }: { value: string; locale: SiteLocale }) {
  const licence = licenceOf(value, locale)
  return licence.url ? (
    <a href={licence.url} rel="license">
      {licence.name}
    </a>
  ) : (
    <>{licence.name}</>
  )
}
