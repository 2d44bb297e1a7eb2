import { inLocale } from '@/site/inLocale'
import { legalPages } from '@/site/pages/LegalPage'

export const generateMetadata = inLocale('de', legalPages.imprint.generateMetadata)
export default inLocale('de', legalPages.imprint.Page)

// Rendered per request from cached reads (src/site/cache.ts); nothing to prerender at build.
export const dynamic = 'force-dynamic'
