import type { Endpoint } from 'payload'

import { checkReadiness } from './checkReadiness'

/**
 * `GET /api/ready`, readiness for load balancers: 200 when MongoDB and Meilisearch answer (body
 * with the jobs backlog), 503 naming the failing dependency otherwise.
 */
export const readyEndpoint: Endpoint = {
  path: '/ready',
  method: 'get',
  handler: async (req) => {
    const report = await checkReadiness(req.payload)
    return Response.json(report, {
      status: report.status === 'not-ready' ? 503 : 200,
      headers: { 'Cache-Control': 'no-store' },
    })
  },
}
