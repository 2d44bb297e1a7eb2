import SearchPage, { generateMetadata as metadata } from '@/site/pages/SearchPage'
import { inLocale } from '@/site/inLocale'

export const generateMetadata = inLocale('de', metadata)
export default inLocale('de', SearchPage)

// Rendered per request from cached reads (src/site/cache.ts); nothing to prerender at build.
export const dynamic = 'force-dynamic'
