import type { Endpoint } from 'payload'

import { checkHealth } from './checkHealth'

/** `GET /api/health`: 200 when MongoDB and Meilisearch answer, 503 with the failing part otherwise. */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const report = await checkHealth(req.payload)
    return Response.json(report, {
      status: report.status === 'ok' ? 200 : 503,
      headers: { 'Cache-Control': 'no-store' },
    })
  },
}
