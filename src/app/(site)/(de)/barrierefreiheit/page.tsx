import { inLocale } from '@/site/inLocale'
import { legalPages } from '@/site/pages/LegalPage'

export const generateMetadata = inLocale('de', legalPages.accessibility.generateMetadata)
export default inLocale('de', legalPages.accessibility.Page)

// Rendered per request from cached reads (src/site/cache.ts); nothing to prerender at build.
export const dynamic = 'force-dynamic'
