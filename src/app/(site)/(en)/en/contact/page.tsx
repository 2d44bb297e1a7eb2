import { metadataAfterBuild, renderedAfterBuild } from '@/site/cache'
import { inLocale } from '@/site/inLocale'
import { legalPages } from '@/site/pages/LegalPage'

export const generateMetadata = inLocale(
  'en',
  metadataAfterBuild(legalPages.contact.generateMetadata),
)
export default inLocale('en', renderedAfterBuild(legalPages.contact.Page))

// Rendered on the first request, then served from the full-route cache (src/site/cache.ts).
export const revalidate = 60
