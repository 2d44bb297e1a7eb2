import { unstable_cache } from 'next/cache'

/** Every cached site read carries this tag; any content change drops them all (hooks/revalidateSite). */
export const SITE_CONTENT_TAG = 'site-content'

/**
 * At most this old even when no hook fired: embargoes lift and scheduled posts publish by the
 * clock, and a jobs worker outside the Next.js process cannot reach this cache.
 */
const MAX_AGE_SECONDS = 60

/**
 * Site reads cached across requests and instances of a page. Publishing is rare and a read is
 * cheap, so one tag for all content keeps invalidation obviously correct (a renamed person shows
 * on every page that names them).
 */
export function cachedRead<Args extends unknown[], Result>(
  name: string,
  read: (...args: Args) => Promise<Result>,
) {
  return unstable_cache(read, ['site', name], {
    tags: [SITE_CONTENT_TAG],
    revalidate: MAX_AGE_SECONDS,
  })
}
