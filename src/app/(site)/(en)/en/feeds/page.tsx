import { inLocale } from '@/site/inLocale'
import { FeedsPage, generateMetadata as feedsMetadata } from '@/site/pages/FeedsPage'

export const generateMetadata = inLocale('en', feedsMetadata)
export default inLocale('en', FeedsPage)

// Rendered per request from cached reads (src/site/cache.ts); nothing to prerender at build.
export const dynamic = 'force-dynamic'
