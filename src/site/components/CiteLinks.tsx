import { getTranslations } from 'next-intl/server'

import { citationText } from '@/site/citations/citationText'
import { cslItemOf, type CitableCollection } from '@/site/citations/cslItem'
import { citationPath, type CitationFormat, type SiteLocale } from '@/site/paths'
import type { SiteDoc } from '@/site/publications'

import { CopyButton } from './CopyButton'

const FORMATS: { format: CitationFormat; label: string; type: string }[] = [
  { format: 'bib', label: 'BibTeX', type: 'application/x-bibtex' },
  { format: 'ris', label: 'RIS', type: 'application/x-research-info-systems' },
  { format: 'json', label: 'CSL-JSON', type: 'application/vnd.citationstyles.csl+json' },
]

/** "Zitieren": a reference to copy (APA style) and the same as files for reference managers. */
export async function CiteLinks<C extends CitableCollection>({
  collection,
  doc,
  locale,
}: {
  collection: C
  doc: SiteDoc<C>
  locale: SiteLocale
}) {
  const t = await getTranslations('publication')
  const text = citationText(cslItemOf(collection, doc, locale), locale)
  return (
    <section aria-labelledby="zitieren" className="cite">
      <h2 id="zitieren">{t('cite')}</h2>
      <p className="citation-text" id="zitiervorschlag">
        {text}
      </p>
      <p>
        <CopyButton text={text} />
      </p>
      <p>
        {t('citeAs')}:{' '}
        {FORMATS.map(({ format, label, type }, index) => (
          <span key={format}>
            {index > 0 && ' · '}
            <a href={citationPath(collection, doc.slug, format, locale)} type={type}>
              {label}
            </a>
          </span>
        ))}
      </p>
    </section>
  )
}
