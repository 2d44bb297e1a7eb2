import { invertedName } from '@/domain/nameParts'

import type { CslItem } from './cslItem'

/** "von der Öhe, Hans-Jürgen": Scholar's inclusion guide asks for the inverted form. */
export const invertedCslName = (author: CslItem['author'][number]) =>
  'literal' in author
    ? author.literal
    : invertedName({
        family: author.family,
        given: author.given ?? null,
        particle: author['non-dropping-particle'] ?? null,
      })

/**
 * Highwire Press `citation_*` meta tags, which Google Scholar and Zotero read
 * (https://scholar.google.com/intl/en/scholar/inclusion.html#indexing), for Next's
 * `metadata.other`: a list becomes one tag per value (each author).
 */
export function citationMetaTags(item: CslItem, pdfUrl?: string | null) {
  const pad = (n: number) => String(n).padStart(2, '0')
  const tags: Record<string, string | string[]> = {
    citation_title: item.title,
    citation_author: item.author.map(invertedCslName),
    citation_language: item.language,
    citation_abstract_html_url: item.URL,
  }
  if (item.issued) {
    const [year, month, day] = item.issued['date-parts'][0]
    tags.citation_publication_date = `${year}/${pad(month)}/${pad(day)}`
  }
  if (item.publisher) tags.citation_publisher = item.publisher
  if (item.DOI) tags.citation_doi = item.DOI
  if (pdfUrl) tags.citation_pdf_url = pdfUrl
  if (item.abstract) tags.citation_abstract = item.abstract
  if (item.type === 'report') {
    if (item.publisher) tags.citation_technical_report_institution = item.publisher
    if (item.number) tags.citation_technical_report_number = item.number
    if (item['collection-title']) tags.citation_series_title = item['collection-title']
  }
  if (item['event-title']) tags.citation_conference_title = item['event-title']
  return tags
}
