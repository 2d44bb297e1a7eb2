import SearchPage, { generateMetadata as metadata } from '@/site/pages/SearchPage'
import { inLocale } from '@/site/inLocale'

export const generateMetadata = inLocale('en', metadata)
export default inLocale('en', SearchPage)

// Rendered per request from cached reads (src/site/cache.ts); nothing to prerender at build.
export const dynamic = 'force-dynamic'
