import { noPagesAtBuild } from '@/site/cache'
import { inLocale } from '@/site/inLocale'
import SectionListPage, { generateMetadata as metadata } from '@/site/pages/SectionListPage'

export const generateMetadata = inLocale('en', metadata)
export default inLocale('en', SectionListPage)

// Every section list, rewritten here by the proxy (src/site/sections/sectionListPath.ts):
// rendered on its first request, then served from the full-route cache (src/site/cache.ts).
export const revalidate = 60
export const generateStaticParams = noPagesAtBuild
