import {
  CITATION_FORMATS,
  collectionOfSegment,
  type CitationFormat,
  type SiteLocale,
} from '../paths'
import { findPublic, type SiteDoc } from '../publications'
import { cslItemOf, isCitable, type CitableCollection } from './cslItem'
import { formatCitation } from './formatCitation'

type CitationContext = { params: Promise<{ type: string; file: string }> }

const FILE = new RegExp(`^(.+)\\.(${CITATION_FORMATS.join('|')})$`)

const notFound = (message: string) =>
  new Response(message, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })

/**
 * GET handler of one language's citation exports: `/zitieren/[type]/[slug].(bib|ris|json)` or
 * `/en/cite/…`. Only public documents are read, so a draft's citation URL is a 404.
 */
export function citationRoute(locale: SiteLocale) {
  return async function GET(_request: Request, { params }: CitationContext) {
    const { type, file } = await params
    const collection = collectionOfSegment(type, locale)
    // Next.js hands route handlers their segments decoded already; decoding again broke on `%`.
    const match = FILE.exec(file)
    if (!isCitable(collection) || !match)
      return notFound(
        `No such citation. Use <type>/<slug>.bib, .ris or .json (CSL-JSON) for talks, impulses, ` +
          `panels, research notes and press releases, e.g. the links under a talk's "Zitieren".`,
      )
    const [, slug, format] = match
    const doc = (await findPublic(collection, slug, locale)) as SiteDoc<CitableCollection> | null
    if (!doc) return notFound(`Nothing public is published at ${type}/${slug}.`)
    const { body, contentType } = formatCitation(
      cslItemOf(collection, doc, locale),
      format as CitationFormat,
    )
    return new Response(body, {
      headers: {
        'Content-Type': contentType,
        'Content-Disposition': `inline; filename="${slug}.${format}"`,
        'Cache-Control': 'public, max-age=60',
      },
    })
  }
}
