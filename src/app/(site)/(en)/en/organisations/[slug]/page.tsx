import OrganisationPage, { generateMetadata as metadata } from '@/site/pages/OrganisationPage'
import { inLocale } from '@/site/inLocale'

export const generateMetadata = inLocale('en', metadata)
export default inLocale('en', OrganisationPage)
