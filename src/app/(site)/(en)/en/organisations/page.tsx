import { inLocale } from '@/site/inLocale'
import { referenceSections } from '@/site/pages/ReferenceSectionPages'

export const generateMetadata = inLocale('en', referenceSections.organisations.generateMetadata)
export default inLocale('en', referenceSections.organisations.Page)
