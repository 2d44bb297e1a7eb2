import { feedRoute } from '@/site/feeds/feedRoute'

export const GET = feedRoute('en')
