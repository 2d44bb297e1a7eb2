import { sitemapEntries } from '@/site/sitemap/sitemapEntries'

export default sitemapEntries

// Read per request from cached reads; there is no database at `next build`.
export const dynamic = 'force-dynamic'
