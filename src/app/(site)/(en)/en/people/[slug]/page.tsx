import PersonPage, { generateMetadata as metadata } from '@/site/pages/PersonPage'
import { inLocale } from '@/site/inLocale'

export const generateMetadata = inLocale('en', metadata)
export default inLocale('en', PersonPage)
