import type { CslItem } from './cslItem'

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

// LaTeX's special characters, escaped as every BibTeX toolchain (BibTeX, biber, Zotero) reads them.
const LATEX_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  // Not \{ and \}: BibTeX counts those when it pairs braces, so a lone one ends the field.
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
}

const escapeLatex = (text: string) => text.replace(/[\\{}&%$#_~^]/g, (char) => LATEX_ESCAPES[char])

/**
 * A title for BibTeX: escaped, and every word with a capital letter (German nouns, "Ökonomie",
 * acronyms) in braces, so that styles that lower-case titles keep them as written.
 */
const protectedTitle = (title: string) =>
  title
    .split(/(\s+)/)
    .map((word) => (/\p{Lu}/u.test(word) ? `{${escapeLatex(word)}}` : escapeLatex(word)))
    .join('')

/** Paragraphs stay (a blank line is LaTeX's paragraph break); other line breaks become spaces. */
const escapedText = (text: string) =>
  text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => escapeLatex(paragraph.replace(/\s+/g, ' ').trim()))
    .filter(Boolean)
    .join('\n\n')

const bibtexName = (author: CslItem['author'][number]) => {
  if ('literal' in author) return `{${escapeLatex(author.literal)}}`
  const family = [author['non-dropping-particle'], author.family].filter(Boolean).join(' ')
  return escapeLatex(author.given ? `${family}, ${author.given}` : family)
}

/**
 * One BibTeX entry. Research notes are `@techreport`, everything else `@misc` (BibTeX has no
 * talk or press release type; the kind is in `type`/`note`). The key is the item's id (its type
 * and slug), unique across the hub, never "year + first word", which panels share.
 */
export function bibtexEntry(item: CslItem, key: string): string {
  const entryType = item.type === 'report' ? 'techreport' : 'misc'
  const fields: [string, string | undefined][] = [
    ['author', item.author.length ? `{${item.author.map(bibtexName).join(' and ')}}` : undefined],
    ['title', `{${protectedTitle(item.title)}}`],
  ]
  if (item.issued) {
    const [year, month, day] = item.issued['date-parts'][0]
    const pad = (n: number) => String(n).padStart(2, '0')
    fields.push(
      ['year', `{${year}}`],
      ['month', MONTHS[month - 1]],
      ['date', `{${year}-${pad(month)}-${pad(day)}}`],
    )
  }
  const braced = (value: string | undefined) => (value ? `{${escapedText(value)}}` : undefined)
  if (item.type === 'report') {
    fields.push(
      ['institution', braced(item.publisher)],
      ['type', braced(item.genre)],
      ['series', braced(item['collection-title'])],
      ['number', braced(item.number)],
      ['address', braced(item['publisher-place'])],
    )
  } else {
    fields.push(
      ['howpublished', braced([item.genre, item['event-title']].filter(Boolean).join(', '))],
      ['organization', braced(item.publisher)],
      ['address', braced(item['event-place'])],
    )
  }
  fields.push(
    ['abstract', braced(item.abstract)],
    // URL and DOI are verbatim fields (url package): escaping would change them.
    // Verbatim in biblatex, so not LaTeX-escaped; a brace, which would end the field, as in a URL.
    ['doi', item.DOI ? `{${item.DOI.replace(/[{}]/g, encodeURIComponent)}}` : undefined],
    ['url', `{${item.URL}}`],
    ['language', item.language === 'de' ? '{german}' : '{english}'],
  )
  const body = fields
    .filter((field): field is [string, string] => Boolean(field[1]))
    .map(([name, value]) => `  ${name} = ${value}`)
    .join(',\n')
  return `@${entryType}{${key},\n${body}\n}\n`
}
