import PanelPage, { generateMetadata as metadata } from '@/site/pages/PanelPage'
import { noPagesAtBuild } from '@/site/cache'
import { inLocale } from '@/site/inLocale'

export const generateMetadata = inLocale('en', metadata)
export default inLocale('en', PanelPage)

// Rendered on the first request, then served from the full-route cache (src/site/cache.ts).
export const revalidate = 60
export const generateStaticParams = noPagesAtBuild
