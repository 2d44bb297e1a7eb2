import { inLocale } from '@/site/inLocale'
import { referenceSections } from '@/site/pages/ReferenceSectionPages'

export const generateMetadata = inLocale('de', referenceSections.people.generateMetadata)
export default inLocale('de', referenceSections.people.Page)
