import TopicPage, { generateMetadata as metadata } from '@/site/pages/TopicPage'
import { inLocale } from '@/site/inLocale'

export const generateMetadata = inLocale('de', metadata)
export default inLocale('de', TopicPage)
