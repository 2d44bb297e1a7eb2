import type { MetadataRoute } from 'next'

import { absoluteUrl } from '@/site/absoluteUrl'

/** Crawlers: the public site and the API documentation, not the admin, API or live preview. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: '*',
      allow: ['/', '/api/v1/docs'],
      disallow: ['/admin', '/api/', '/preview'],
    },
    sitemap: absoluteUrl('/sitemap.xml'),
  }
}

// SERVER_URL is read when serving, not at `next build`.
export const dynamic = 'force-dynamic'
