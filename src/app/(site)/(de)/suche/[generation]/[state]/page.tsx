import { noPagesAtBuild } from '@/site/cache'
import { inLocale } from '@/site/inLocale'
import { CachedSearchPage, generateMetadata as metadata } from '@/site/pages/SearchPage'

export const generateMetadata = inLocale('de', metadata)
export default inLocale('de', CachedSearchPage)

// Every search while Meilisearch answers, rewritten here by the proxy
// (src/site/search/searchPagePath.ts): rendered once per index generation, then cached.
export const revalidate = 60
export const generateStaticParams = noPagesAtBuild
