import { inLocale } from '@/site/inLocale'
import { sections } from '@/site/pages/SectionPage'

export const generateMetadata = inLocale('de', sections.events.generateMetadata)
export default inLocale('de', sections.events.Page)
