import TalkPage, { generateMetadata as metadata } from '@/site/pages/TalkPage'
import { inLocale } from '@/site/inLocale'

export const generateMetadata = inLocale('de', metadata)
export default inLocale('de', TalkPage)
