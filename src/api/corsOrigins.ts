import { Cron } from 'croner'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Payload } from 'payload'

import { getEnv } from '@/env'

/**
 * The origins browsers may call the API from: `API_CORS_ORIGINS` plus the portals admins entered
 * on partner accounts. Payload reads this array on every request, so it is updated in place:
 * when an account changes here, and every minute (for other app instances' changes).
 */
export const corsOrigins: string[] = []

export async function refreshCorsOrigins(payload: Payload): Promise<void> {
  const fromEnv = getEnv()
    .API_CORS_ORIGINS.split(',')
    .map((origin) => origin.trim())
    .filter(Boolean)
  const { docs } = await payload.find({
    collection: 'users',
    where: { roles: { in: ['partner'] } },
    select: { allowedOrigins: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const fromPartners = docs.flatMap((user) => user.allowedOrigins ?? [])
  corsOrigins.splice(0, corsOrigins.length, ...new Set([...fromEnv, ...fromPartners]))
}

/**
 * Loads the origins now and every minute. The schedule is one of Payload's crons, so it stops
 * with `payload.destroy()` (scripts such as `npm start`'s seeding boot Payload only briefly).
 */
export function keepCorsOriginsFresh(payload: Payload) {
  const refresh = new Cron('0 * * * * *', { protect: true, unref: true }, () =>
    refreshCorsOrigins(payload).catch((error: unknown) =>
      payload.logger.warn({ err: error }, 'CORS origins not refreshed'),
    ),
  )
  payload.crons.push(refresh)
  return refreshCorsOrigins(payload)
}

export const refreshCorsOriginsAfterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  await refreshCorsOrigins(req.payload)
  return doc
}

export const refreshCorsOriginsAfterDelete: CollectionAfterDeleteHook = async ({ req }) => {
  await refreshCorsOrigins(req.payload)
}
