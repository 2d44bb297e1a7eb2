import ImpulsePage, { generateMetadata as metadata } from '@/site/pages/ImpulsePage'
import { inLocale } from '@/site/inLocale'

export const generateMetadata = inLocale('de', metadata)
export default inLocale('de', ImpulsePage)
