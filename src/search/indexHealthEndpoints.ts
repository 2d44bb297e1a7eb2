import type { Endpoint } from 'payload'

import { hasRole, PUBLISHING_ROLES } from '@/access/roles'

import { getSearchIndexHealth } from './indexHealth'
import { REINDEX_SEARCH_TASK } from './reindexTask'

const problem = (status: number, title: string, detail: string) =>
  Response.json(
    { type: 'about:blank', title, status, detail },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  )

/** `GET /api/search/health`: index vs database and job backlog, for editors and admins. */
export const searchHealthEndpoint: Endpoint = {
  path: '/search/health',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req.user, ...PUBLISHING_ROLES)) {
      return problem(403, 'Forbidden', 'Only editors and admins may see the search index health.')
    }
    return Response.json(await getSearchIndexHealth(req.payload), {
      headers: { 'Cache-Control': 'no-store' },
    })
  },
}

/** `POST /api/search/reindex`: queues a full rebuild (atomic swap); admins only. */
export const searchReindexEndpoint: Endpoint = {
  path: '/search/reindex',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin')) {
      return problem(403, 'Forbidden', 'Only admins may rebuild the search index.')
    }
    const job = await req.payload.jobs.queue({ task: REINDEX_SEARCH_TASK, input: {}, req })
    return Response.json({ queued: true, jobId: job.id }, { status: 202 })
  },
}
