import ResearchNotePage, { generateMetadata as metadata } from '@/site/pages/ResearchNotePage'
import { inLocale } from '@/site/inLocale'

export const generateMetadata = inLocale('de', metadata)
export default inLocale('de', ResearchNotePage)
