import type { SiteLocale } from '../paths'
import type { CslItem } from './cslItem'

const MONTHS: Record<SiteLocale, string[]> = {
  de: [
    'Januar',
    'Februar',
    'März',
    'April',
    'Mai',
    'Juni',
    'Juli',
    'August',
    'September',
    'Oktober',
    'November',
    'Dezember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
}

/** "Huchler, N.", "Kropf, J. A."; an organisation as it is named. */
function authorName(author: CslItem['author'][number]) {
  if ('literal' in author) return author.literal
  const initials = (author.given ?? '')
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((part) => `${part[0]}.`)
    .join(' ')
  return initials ? `${author.family}, ${initials}` : author.family
}

/** APA: "A", "A & B", "A, B & C". */
function authorList(authors: CslItem['author'], locale: SiteLocale) {
  const names = authors.map(authorName)
  if (names.length <= 1) return names[0] ?? ''
  const and = locale === 'de' ? '&' : '&'
  return `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`
}

/** Talks and panels are cited with their day (APA for presentations), reports with the year. */
function dateOf(item: CslItem, locale: SiteLocale) {
  const parts = item.issued?.['date-parts'][0]
  if (!parts) return locale === 'de' ? 'o. J.' : 'n.d.'
  const [year, month, day] = parts
  if (item.type === 'report') return String(year)
  return locale === 'de'
    ? `${year}, ${day}. ${MONTHS.de[month - 1]}`
    : `${year}, ${MONTHS.en[month - 1]} ${day}`
}

/**
 * A reference to copy into a text, after APA 7: authors (date). Title [genre]. Event, place.
 * Publisher. DOI or URL. The export files (BibTeX, RIS, CSL-JSON) carry the same data.
 */
export function citationText(item: CslItem, locale: SiteLocale): string {
  const authors = authorList(item.author, locale)
  const title = item.genre ? `${item.title} [${item.genre}]` : item.title
  const event = [item['event-title'], item['event-place']].filter(Boolean).join(', ')
  const series = [item['collection-title'], item.number].filter(Boolean).join(' ')
  const link = item.DOI ? `https://doi.org/${item.DOI}` : item.URL
  const head = authors
    ? `${authors} (${dateOf(item, locale)}). ${title}.`
    : `${title}. (${dateOf(item, locale)}).`
  return [
    head,
    event && `${event}.`,
    series && `${series}.`,
    item.publisher && `${item.publisher}.`,
    link,
  ]
    .filter(Boolean)
    .join(' ')
}
