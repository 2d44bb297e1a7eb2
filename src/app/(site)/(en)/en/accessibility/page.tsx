import { inLocale } from '@/site/inLocale'
import { legalPages } from '@/site/pages/LegalPage'

export const generateMetadata = inLocale('en', legalPages.accessibility.generateMetadata)
export default inLocale('en', legalPages.accessibility.Page)

// Rendered per request from cached reads (src/site/cache.ts); nothing to prerender at build.
export const dynamic = 'force-dynamic'
