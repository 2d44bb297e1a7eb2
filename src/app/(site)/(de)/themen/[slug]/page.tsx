import TopicPage, { generateMetadata as metadata } from '@/site/pages/TopicPage'
import { noPagesAtBuild } from '@/site/cache'
import { inLocale } from '@/site/inLocale'

export const generateMetadata = inLocale('de', metadata)
export default inLocale('de', TopicPage)

// Rendered on the first request, then served from the full-route cache (src/site/cache.ts).
export const revalidate = 60
export const generateStaticParams = noPagesAtBuild
