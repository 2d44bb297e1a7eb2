import PressReleasePage, { generateMetadata as metadata } from '@/site/pages/PressReleasePage'
import { inLocale } from '@/site/inLocale'

export const generateMetadata = inLocale('de', metadata)
export default inLocale('de', PressReleasePage)
