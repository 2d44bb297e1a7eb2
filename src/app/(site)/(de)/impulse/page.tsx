import { inLocale } from '@/site/inLocale'
import { sections } from '@/site/pages/SectionPage'

export const generateMetadata = inLocale('de', sections.impulses.generateMetadata)
export default inLocale('de', sections.impulses.Page)
