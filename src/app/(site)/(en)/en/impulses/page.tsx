import { inLocale } from '@/site/inLocale'
import { sections } from '@/site/pages/SectionPage'

export const generateMetadata = inLocale('en', sections.impulses.generateMetadata)
export default inLocale('en', sections.impulses.Page)
