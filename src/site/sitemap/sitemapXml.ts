import { newXmlDocument } from '@/domain/xmlDocument'

import type { SitemapEntry } from './sitemapEntries'

const SITEMAP = 'http://www.sitemaps.org/schemas/sitemap/0.9'
const XHTML = 'http://www.w3.org/1999/xhtml'

/**
 * The sitemap as the sitemaps.org schema orders it: loc, lastmod, then the hreflang alternates
 * (elements of other namespaces come last). Next's own writer puts xhtml:link first.
 */
export function sitemapXml(entries: SitemapEntry[]): string {
  const urlset = newXmlDocument()
    .ele(SITEMAP, 'urlset')
    .att('http://www.w3.org/2000/xmlns/', 'xmlns:xhtml', XHTML)
  for (const { url, lastModified, languages } of entries) {
    const entry = urlset.ele(SITEMAP, 'url')
    entry.ele(SITEMAP, 'loc').txt(url)
    if (lastModified) entry.ele(SITEMAP, 'lastmod').txt(new Date(lastModified).toISOString())
    for (const [hreflang, href] of Object.entries(languages)) {
      entry.ele(XHTML, 'xhtml:link').att({ rel: 'alternate', hreflang, href })
    }
  }
  return urlset.end({ prettyPrint: false })
}
