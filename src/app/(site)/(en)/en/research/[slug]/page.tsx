import ResearchNotePage, { generateMetadata as metadata } from '@/site/pages/ResearchNotePage'
import { inLocale } from '@/site/inLocale'

export const generateMetadata = inLocale('en', metadata)
export default inLocale('en', ResearchNotePage)
