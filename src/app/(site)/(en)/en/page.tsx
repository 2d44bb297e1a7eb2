import { metadataAfterBuild, renderedAfterBuild } from '@/site/cache'
import HomePage, { generateMetadata as metadata } from '@/site/pages/HomePage'
import { inLocale } from '@/site/inLocale'

export const generateMetadata = inLocale('en', metadataAfterBuild(metadata))
export default inLocale('en', renderedAfterBuild(HomePage))

// Rendered on the first request, then served from the full-route cache (src/site/cache.ts).
export const revalidate = 60
