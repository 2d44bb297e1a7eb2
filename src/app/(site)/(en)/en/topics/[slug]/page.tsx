import TopicPage, { generateMetadata as metadata } from '@/site/pages/TopicPage'
import { inLocale } from '@/site/inLocale'

export const generateMetadata = inLocale('en', metadata)
export default inLocale('en', TopicPage)
