import { noPagesAtBuild } from '@/site/cache'
import { inLocale } from '@/site/inLocale'
import { CachedSearchPage, generateMetadata as metadata } from '@/site/pages/SearchPage'

export const generateMetadata = inLocale('en', metadata)
export default inLocale('en', CachedSearchPage)

// Every search while Meilisearch answers, rewritten here by the proxy
// (src/site/search/searchPagePath.ts): rendered once per index generation, then cached.
export const revalidate = 60
export const generateStaticParams = noPagesAtBuild
