import type { Endpoint } from 'payload'

/**
 * `GET /api/health`, liveness: 200 whenever this process answers. It checks nothing else, so an
 * orchestrator restarts the process only when the process itself is stuck, never because the
 * database or Meilisearch is away (that is `/api/ready`).
 */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: () =>
    Response.json({ status: 'ok' }, { status: 200, headers: { 'Cache-Control': 'no-store' } }),
}
