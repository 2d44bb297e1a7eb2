import PersonPage, { generateMetadata as metadata } from '@/site/pages/PersonPage'
import { inLocale } from '@/site/inLocale'

export const generateMetadata = inLocale('de', metadata)
export default inLocale('de', PersonPage)
