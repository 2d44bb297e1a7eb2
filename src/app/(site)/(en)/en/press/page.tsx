import { inLocale } from '@/site/inLocale'
import { sections } from '@/site/pages/SectionPage'

export const generateMetadata = inLocale('en', sections.pressReleases.generateMetadata)
export default inLocale('en', sections.pressReleases.Page)
