// @ts-check
/**
 * Next.js's cache for rendered pages and cached reads (`cacheHandler` in next.config.mjs): its own
 * file-system cache, kept in this process's memory only (`isrFlushToDisk: false`), with one
 * addition: a cached page is handed out with the nonce of the request it answers.
 *
 * Why: every page carries a Content-Security-Policy whose script nonce is new for each response
 * (src/proxy.ts). Next.js writes the nonce it finds in the request's policy into the page's
 * script tags, so a page rendered once and served from the cache would carry the first visitor's
 * nonce, and every later visitor's browser would block its scripts. Here the nonce the cached page
 * was rendered with is replaced by the current request's one. The page itself was rendered from
 * stored content before that current nonce existed, so it cannot contain it; only the
 * attributes Next.js wrote get the new value (the technique CDNs use to cache nonce pages).
 *
 * Memory only: the test suites and restored backups start servers on other databases from the same
 * build, and an entry written to `.next/cache` by one of them must never answer another. For the
 * same reason pages `next build` prerendered (without a database) are never served.
 */
import fileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js'

// Node hands an ES module the CommonJS exports object; Next.js's bundler (the proxy's bundle
// includes this file too) hands it the `default` export itself.
/** @type {typeof import('next/dist/server/lib/incremental-cache/file-system-cache').default} */
const FileSystemCache = /** @type {any} */ (fileSystemCacheModule).default ?? fileSystemCacheModule

/** @param {string} text */
const nonceOfPage = (text) => /<script[^>]* nonce="([^"]+)"/.exec(text)?.[1]

/** @param {string | string[] | undefined} policy */
const nonceOfPolicy = (policy) => /'nonce-([^']+)'/.exec(String(policy ?? ''))?.[1]

// Pages rendered before this process started are `next build`'s, made without a database.
const STARTED_AT = Date.now()

export default class PageCacheHandler extends FileSystemCache {
  /** @param {ConstructorParameters<typeof FileSystemCache>[0] & { _requestHeaders?: Record<string, string | string[] | undefined> }} options */
  constructor(options) {
    super(options)
    this.requestNonce = nonceOfPolicy(options._requestHeaders?.['content-security-policy'])
  }

  /** @param {Parameters<FileSystemCache['get']>} args */
  async get(...args) {
    const entry = await super.get(...args)
    const value = entry?.value
    if (!entry || value?.kind !== 'APP_PAGE' || typeof value.html !== 'string') return entry
    // Never the build's placeholder (src/site/cache.ts isBuildTime): render it now instead.
    if ((entry.lastModified ?? 0) < STARTED_AT) return null
    const renderedWith = nonceOfPage(value.html)
    if (!renderedWith || !this.requestNonce || renderedWith === this.requestNonce) return entry
    const swap = (/** @type {string} */ text) => text.split(renderedWith).join(this.requestNonce)
    const rscData = value.rscData?.includes(renderedWith)
      ? Buffer.from(swap(value.rscData.toString('utf8')))
      : value.rscData
    // A copy: the stored entry keeps the nonce it was rendered with.
    return { ...entry, value: { ...value, html: swap(value.html), rscData } }
  }
}
