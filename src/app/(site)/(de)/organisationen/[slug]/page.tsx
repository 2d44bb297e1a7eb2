import OrganisationPage, { generateMetadata as metadata } from '@/site/pages/OrganisationPage'
import { inLocale } from '@/site/inLocale'

export const generateMetadata = inLocale('de', metadata)
export default inLocale('de', OrganisationPage)
