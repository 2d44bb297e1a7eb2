import { inLocale } from '@/site/inLocale'
import { referenceSections } from '@/site/pages/ReferenceSectionPages'

export const generateMetadata = inLocale('en', referenceSections.people.generateMetadata)
export default inLocale('en', referenceSections.people.Page)
