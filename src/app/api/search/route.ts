import { apiRouteOutsideProxy } from '@/api/apiRouteOutsideProxy'
import { searchResponse } from '@/search/searchResponse'

export const dynamic = 'force-dynamic'

export const { GET, OPTIONS, POST, PUT, PATCH, DELETE } = apiRouteOutsideProxy(
  '/api/search',
  searchResponse,
)
