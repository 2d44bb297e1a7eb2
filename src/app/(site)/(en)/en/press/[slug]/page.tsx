import PressReleasePage, { generateMetadata as metadata } from '@/site/pages/PressReleasePage'
import { inLocale } from '@/site/inLocale'

export const generateMetadata = inLocale('en', metadata)
export default inLocale('en', PressReleasePage)
