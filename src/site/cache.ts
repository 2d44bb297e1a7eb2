import type { Metadata } from 'next'
import { unstable_cache } from 'next/cache'

/** Every cached site read carries this tag; any content change drops them all (hooks/revalidateSite). */
export const SITE_CONTENT_TAG = 'site-content'

/**
 * At most this old even when no revalidation reached this server (another instance behind the
 * same load balancer, an app server that was down when a job ran). Detail pages say the same in
 * their `revalidate` (route segment config must be a literal).
 */
const MAX_AGE_SECONDS = 60

/**
 * `generateStaticParams` of detail pages: none are rendered at build time (the build has no
 * database); each is rendered on its first request and then served from the full-route cache
 * (src/site/pageCacheHandler.mjs) until a change drops it (hooks/revalidateSite).
 */
export const noPagesAtBuild = () => []

/**
 * `next build` prerenders pages without parameters (start, legal and feeds pages), and the build
 * has no database. Such a page renders nothing at build time; the cache handler never serves
 * build output (src/site/pageCacheHandler.mjs), so its first request renders it for real.
 */
export const isBuildTime = () => process.env.NEXT_PHASE === 'phase-production-build'

/** A page without parameters (start, legal, feeds page): empty at build time, see isBuildTime. */
export function renderedAfterBuild<Props, Result>(render: (props: Props) => Promise<Result>) {
  return (props: Props) => (isBuildTime() ? Promise.resolve(null) : render(props))
}

/** Its metadata alike: nothing at build time. */
export function metadataAfterBuild<Props>(read: (props: Props) => Promise<Metadata>) {
  return (props: Props): Promise<Metadata> => (isBuildTime() ? Promise.resolve({}) : read(props))
}

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
