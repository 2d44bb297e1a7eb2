import { inLocale } from '@/site/inLocale'
import { sections } from '@/site/pages/SectionPage'

export const generateMetadata = inLocale('en', sections.researchNotes.generateMetadata)
export default inLocale('en', sections.researchNotes.Page)
