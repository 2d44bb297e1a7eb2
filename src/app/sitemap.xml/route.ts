import { sitemapEntries } from '@/site/sitemap/sitemapEntries'
import { sitemapXml } from '@/site/sitemap/sitemapXml'

// Read per request from cached reads; there is no database at `next build`.
export const dynamic = 'force-dynamic'

export async function GET() {
  return new Response(sitemapXml(await sitemapEntries()), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  })
}
