import { getTranslations } from 'next-intl/server'

import type { CitableCollection } from '@/site/citations/cslItem'
import { citationPath, type CitationFormat, type SiteLocale } from '@/site/paths'

const FORMATS: { format: CitationFormat; label: string; type: string }[] = [
  { format: 'bib', label: 'BibTeX', type: 'application/x-bibtex' },
  { format: 'ris', label: 'RIS', type: 'application/x-research-info-systems' },
  { format: 'json', label: 'CSL-JSON', type: 'application/vnd.citationstyles.csl+json' },
]

/** "Zitieren": the publication's reference as files for reference managers. */
export async function CiteLinks({
  collection,
  slug,
  locale,
}: {
  collection: CitableCollection
  slug: string
  locale: SiteLocale
}) {
  const t = await getTranslations('publication')
  return (
    <section aria-labelledby="zitieren" className="cite">
      <h2 id="zitieren">{t('cite')}</h2>
      <p>
        {t('citeAs')}:{' '}
        {FORMATS.map(({ format, label, type }, index) => (
          <span key={format}>
            {index > 0 && ' · '}
            <a href={citationPath(collection, slug, format, locale)} type={type}>
              {label}
            </a>
          </span>
        ))}
      </p>
    </section>
  )
}
