import SearchPage, { generateMetadata as metadata } from '@/site/pages/SearchPage'
import { inLocale } from '@/site/inLocale'

export const generateMetadata = inLocale('de', metadata)
export default inLocale('de', SearchPage)

// Only when Meilisearch cannot say how far its indexes are (src/site/search/searchPagePath.ts):
// rendered per request.
export const dynamic = 'force-dynamic'
