import { inLocale } from '@/site/inLocale'
import { referenceSections } from '@/site/pages/ReferenceSectionPages'

export const generateMetadata = inLocale('de', referenceSections.organisations.generateMetadata)
export default inLocale('de', referenceSections.organisations.Page)
