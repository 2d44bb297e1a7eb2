import { inLocale } from '@/site/inLocale'
import { referenceSections } from '@/site/pages/ReferenceSectionPages'

export const generateMetadata = inLocale('de', referenceSections.people.generateMetadata)
export default inLocale('de', referenceSections.people.Page)

// Rendered per request from cached reads (src/site/cache.ts); nothing to prerender at build.
export const dynamic = 'force-dynamic'
