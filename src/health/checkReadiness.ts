import type { Payload } from 'payload'

import { getEnv } from '@/env'
import { countJobBacklog, type JobBacklog } from '@/jobs/jobBacklog'
import { getMeiliAdmin } from '@/search/meiliClients'

import { checkSupervisedProcesses, type ProcessesCheck } from './supervisedProcesses'

/** What a load balancer may see: no addresses, hosts or driver messages (those go to the log). */
export type DependencyStatus = {
  ok: boolean
  latencyMs: number
  problem?: 'unreachable' | 'timeout'
}

export type ReadinessReport = {
  /**
   * `degraded`: serving, but the jobs queue is behind (search lags, webhooks wait) or a process
   * that `npm start` supervises is not running (being restarted, or failed).
   */
  status: 'ready' | 'degraded' | 'not-ready'
  checks: {
    database: DependencyStatus
    search: DependencyStatus
    jobs: (JobBacklog & { ok: boolean }) | { ok: false; problem: 'unreachable' | 'timeout' }
    /** Only under `npm start`: its supervised processes and their state. */
    processes?: ProcessesCheck
  }
}

const CHECK_TIMEOUT_MS = 2000

class CheckTimeout extends Error {}

async function withinCheckTimeout<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  try {
    return await Promise.race([
      work,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new CheckTimeout()), CHECK_TIMEOUT_MS)
      }),
    ])
  } finally {
    clearTimeout(timer)
  }
}

async function timed(
  payload: Payload,
  name: string,
  check: () => Promise<unknown>,
): Promise<DependencyStatus> {
  const started = performance.now()
  const latency = () => Math.round(performance.now() - started)
  try {
    await withinCheckTimeout(check())
    return { ok: true, latencyMs: latency() }
  } catch (error) {
    payload.logger.warn({ err: error }, `Readiness: ${name} check failed`)
    return {
      ok: false,
      latencyMs: latency(),
      problem: error instanceof CheckTimeout ? 'timeout' : 'unreachable',
    }
  }
}

/**
 * Ready means this instance can serve: MongoDB and Meilisearch answer within 2 s. The jobs
 * backlog is reported, and overdue jobs mark the instance `degraded`, but never unready: app
 * instances need not run jobs (the worker does), and taking every instance out of the load
 * balancer because the queue is behind would turn lagging search into an outage. A process that
 * `npm start` supervises and that is down or failing makes it `degraded` too (the jobs worker);
 * a database or search engine that is down fails its own check, so the instance is not ready.
 */
export async function checkReadiness(payload: Payload): Promise<ReadinessReport> {
  const [database, search] = await Promise.all([
    timed(payload, 'database', async () => {
      const db = payload.db.connection.db
      if (!db) throw new Error('not connected')
      await db.command({ ping: 1 })
    }),
    timed(payload, 'search', () => getMeiliAdmin().health()),
  ])
  const jobs: ReadinessReport['checks']['jobs'] = database.ok
    ? // Bounded like the pings: an overloaded database must not make the answer hang.
      await withinCheckTimeout(countJobBacklog(payload)).then(
        (backlog) => ({ ...backlog, ok: backlog.overdue === 0 }),
        (error: unknown) => {
          payload.logger.warn({ err: error }, 'Readiness: jobs backlog not counted')
          const problem = error instanceof CheckTimeout ? 'timeout' : 'unreachable'
          return { ok: false, problem } as const
        },
      )
    : { ok: false, problem: 'unreachable' }
  const processes = checkSupervisedProcesses(getEnv().WISSENSHUB_SUPERVISOR_STATUS)
  const status =
    !database.ok || !search.ok
      ? 'not-ready'
      : jobs.ok && processes?.ok !== false
        ? 'ready'
        : 'degraded'
  return { status, checks: { database, search, jobs, ...(processes ? { processes } : {}) } }
}
