import PanelPage, { generateMetadata as metadata } from '@/site/pages/PanelPage'
import { inLocale } from '@/site/inLocale'

export const generateMetadata = inLocale('en', metadata)
export default inLocale('en', PanelPage)
