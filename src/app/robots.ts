import type { MetadataRoute } from 'next'

import { absoluteUrl } from '@/site/absoluteUrl'

/**
 * Crawlers: the public site, the API documentation and uploaded files (PDFs that Google Scholar
 * fetches through citation_pdf_url; the longer, allowing rule wins, RFC 9309), not the admin,
 * the rest of the API or the live preview.
 */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: '*',
      allow: ['/', '/api/v1/docs', '/api/media/file/'],
      disallow: ['/admin', '/api/', '/preview'],
    },
    sitemap: absoluteUrl('/sitemap.xml'),
  }
}

// SERVER_URL is read when serving, not at `next build`.
export const dynamic = 'force-dynamic'
