import ImpulsePage, { generateMetadata as metadata } from '@/site/pages/ImpulsePage'
import { inLocale } from '@/site/inLocale'

export const generateMetadata = inLocale('en', metadata)
export default inLocale('en', ImpulsePage)
