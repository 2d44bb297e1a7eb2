import { metadataAfterBuild, renderedAfterBuild } from '@/site/cache'
import { inLocale } from '@/site/inLocale'
import { FeedsPage, generateMetadata as feedsMetadata } from '@/site/pages/FeedsPage'

export const generateMetadata = inLocale('de', metadataAfterBuild(feedsMetadata))
export default inLocale('de', renderedAfterBuild(FeedsPage))

// Rendered on the first request, then served from the full-route cache (src/site/cache.ts).
export const revalidate = 60
