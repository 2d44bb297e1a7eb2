import EventPage, { generateMetadata as metadata } from '@/site/pages/EventPage'
import { inLocale } from '@/site/inLocale'

export const generateMetadata = inLocale('de', metadata)
export default inLocale('de', EventPage)
