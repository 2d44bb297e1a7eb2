import EventPage, { generateMetadata as metadata } from '@/site/pages/EventPage'
import { inLocale } from '@/site/inLocale'

export const generateMetadata = inLocale('en', metadata)
export default inLocale('en', EventPage)
