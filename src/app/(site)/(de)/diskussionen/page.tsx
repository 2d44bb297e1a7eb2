import { inLocale } from '@/site/inLocale'
import { sections } from '@/site/pages/SectionPage'

export const generateMetadata = inLocale('de', sections.panels.generateMetadata)
export default inLocale('de', sections.panels.Page)
