import type { Payload } from 'payload'

import { getMeiliAdmin } from '@/search/meiliClients'

export type ServiceStatus = { ok: boolean; latencyMs: number; error?: string }
export type HealthReport = {
  status: 'ok' | 'degraded'
  services: { database: ServiceStatus; search: ServiceStatus }
}

const CHECK_TIMEOUT_MS = 2000

async function timed(check: () => Promise<unknown>): Promise<ServiceStatus> {
  const started = performance.now()
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) =>
        setTimeout(
          () => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)),
          CHECK_TIMEOUT_MS,
        ),
      ),
    ])
    return { ok: true, latencyMs: Math.round(performance.now() - started) }
  } catch (error) {
    return {
      ok: false,
      latencyMs: Math.round(performance.now() - started),
      error: error instanceof Error ? error.message : String(error),
    }
  }
}

export async function checkHealth(payload: Payload): Promise<HealthReport> {
  const [database, search] = await Promise.all([
    timed(async () => {
      const db = payload.db.connection.db
      if (!db) throw new Error('not connected')
      await db.command({ ping: 1 })
    }),
    timed(() => getMeiliAdmin().health()),
  ])
  return { status: database.ok && search.ok ? 'ok' : 'degraded', services: { database, search } }
}
