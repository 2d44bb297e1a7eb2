import TalkPage, { generateMetadata as metadata } from '@/site/pages/TalkPage'
import { inLocale } from '@/site/inLocale'

export const generateMetadata = inLocale('en', metadata)
export default inLocale('en', TalkPage)
