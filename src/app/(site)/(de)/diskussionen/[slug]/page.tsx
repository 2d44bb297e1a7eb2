import PanelPage, { generateMetadata as metadata } from '@/site/pages/PanelPage'
import { inLocale } from '@/site/inLocale'

export const generateMetadata = inLocale('de', metadata)
export default inLocale('de', PanelPage)
