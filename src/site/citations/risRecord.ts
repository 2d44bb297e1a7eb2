import { invertedCslName } from './citationMetaTags'
import type { CslItem } from './cslItem'

/**
 * RIS types as Zotero, EndNote and Citavi read them: talks, impulses and panels are
 * presentations (`SLIDE`, Zotero's "presentation"; the kind goes to `M3`), research notes are
 * reports (`RPRT`), press releases have no RIS type of their own and are generic (`GEN`) with
 * "Pressemitteilung" as `M3`: `JOUR` would make them journal articles without a journal.
 */
const RIS_TYPE: Record<CslItem['type'], string> = {
  speech: 'SLIDE',
  report: 'RPRT',
  article: 'GEN',
}

/**
 * RIS has no continuation lines: a line break inside a value would start a new tag (or a new
 * record after `ER`), so every run of whitespace with a line break becomes one space.
 */
const oneLine = (value: string) => value.replace(/\s*[\r\n]+\s*/g, ' ').trim()

const pad = (n: number) => String(n).padStart(2, '0')

/**
 * One RIS record (https://en.wikipedia.org/wiki/RIS_(file_format)): `TAG  - value` lines, CRLF,
 * never wrapped, UTF-8. The report number goes to `IS` (EndNote's and Zotero's "number"); `SN`
 * would be read as an ISBN/ISSN.
 */
export function risRecord(item: CslItem): string {
  const lines: [string, string | undefined][] = [
    ['TY', RIS_TYPE[item.type]],
    ['TI', item.title],
    ...item.author.map((author): [string, string] => ['AU', invertedCslName(author)]),
  ]
  if (item.issued) {
    const [year, month, day] = item.issued['date-parts'][0]
    lines.push(['PY', String(year)], ['DA', `${year}/${pad(month)}/${pad(day)}/`])
  }
  lines.push(
    ['T2', item.type === 'report' ? item['collection-title'] : item['event-title']],
    ['IS', item.number],
    ['M3', item.genre],
    ['PB', item.publisher],
    ['CY', item.type === 'report' ? item['publisher-place'] : item['event-place']],
    ['AB', item.abstract],
    ['DO', item.DOI],
    ['UR', item.URL],
    ['LA', item.language],
  )
  const body = lines
    .filter((line): line is [string, string] => typeof line[1] === 'string' && !!oneLine(line[1]))
    .map(([tag, value]) => `${tag}  - ${oneLine(value)}`)
  return [...body, 'ER  - ', ''].join('\r\n')
}
