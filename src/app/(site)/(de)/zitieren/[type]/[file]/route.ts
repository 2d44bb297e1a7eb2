import { citationRoute } from '@/site/citations/citationRoute'

export const GET = citationRoute('de')
