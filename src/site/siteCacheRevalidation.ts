import { createHmac, timingSafeEqual } from 'node:crypto'

import { revalidateTag } from 'next/cache'
import type { Endpoint } from 'payload'

import { problemResponse } from '@/api/problem'
import { getEnv } from '@/env'

import { SITE_CONTENT_TAG } from './cache'

export const SITE_CACHE_REVALIDATE_PATH = '/api/site-cache/revalidate'
const TOKEN_HEADER = 'x-site-cache-token'

/** A token only this hub's processes can make: derived from PAYLOAD_SECRET, never the secret. */
const revalidationToken = () =>
  createHmac('sha256', getEnv().PAYLOAD_SECRET).update('site-cache-revalidation').digest('hex')

/**
 * `POST /api/site-cache/revalidate`: drops the site's cached pages and reads in the server that
 * answers. Jobs and scripts run outside any page request (an embargo lifting at its minute, a
 * scheduled publish, the jobs worker), where Next.js cannot revalidate; they call this instead.
 */
export const siteCacheRevalidateEndpoint: Endpoint = {
  path: '/site-cache/revalidate',
  method: 'post',
  handler: (req) => {
    const given = Buffer.from(req.headers.get(TOKEN_HEADER) ?? '')
    const expected = Buffer.from(revalidationToken())
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return problemResponse({
        title: 'Not allowed',
        status: 403,
        detail: 'Only the hub’s own jobs and scripts may revalidate the site cache.',
      })
    }
    revalidateTag(SITE_CONTENT_TAG, { expire: 0 })
    return new Response(null, { status: 204 })
  },
}

/**
 * Asks the app server at SERVER_URL to drop its cached pages and reads: for code that runs
 * outside any page request. Throws when the server did not do it.
 */
export async function revalidateSiteCacheOverHttp() {
  const response = await fetch(new URL(SITE_CACHE_REVALIDATE_PATH, getEnv().SERVER_URL), {
    method: 'POST',
    headers: { [TOKEN_HEADER]: revalidationToken() },
    signal: AbortSignal.timeout(5_000),
  })
  if (response.status !== 204) throw new Error(`the app server answered ${response.status}`)
}
