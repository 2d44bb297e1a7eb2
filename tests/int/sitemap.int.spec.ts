import { convert } from 'xmlbuilder2'

import { adminHeaders, request } from '../helpers/actors'
import { eventually, stack, uniqueWord } from '../helpers/api'
import { createSiteContent } from '../helpers/siteContent'

type Content = Awaited<ReturnType<typeof createSiteContent>>
let content: Content

beforeAll(async () => {
  content = await createSiteContent()
})

const absolute = (path: string) => new URL(path, stack().appUrl).toString()
const list = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value]

type UrlEntry = {
  loc: string
  lastmod?: string
  'xhtml:link'?:
    { '@hreflang': string; '@href': string } | { '@hreflang': string; '@href': string }[]
}

/** The sitemap read with a real XML parser: each URL with its hreflang alternates. */
async function readSitemap() {
  const response = await fetch(new URL('/sitemap.xml', stack().appUrl))
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toMatch(/xml/)
  const parsed = convert(await response.text(), { format: 'object' }) as unknown as {
    urlset: { url: UrlEntry | UrlEntry[] }
  }
  return list(parsed.urlset.url).map((url) => ({
    loc: url.loc,
    lastmod: url.lastmod,
    languages: Object.fromEntries(
      list(url['xhtml:link']).map((link) => [link['@hreflang'], link['@href']]),
    ),
  }))
}

/** Runs `task` over `items`, `width` at a time (the test stack shares two cores). */
async function inBatches<T>(items: T[], width: number, task: (item: T) => Promise<void>) {
  for (let i = 0; i < items.length; i += width)
    await Promise.all(items.slice(i, i + width).map(task))
}

describe('sitemap.xml', () => {
  it('lists public pages in both languages with hreflang alternates and last change', async () => {
    const urls = await readSitemap()
    const byLoc = new Map(urls.map((url) => [url.loc, url]))
    const german = absolute(`/vortraege/${content.talk.slug}`)
    const english = absolute(`/en/talks/${content.talk.slug}`)
    for (const loc of [german, english]) {
      expect(byLoc.get(loc)?.languages).toEqual({ de: german, en: english })
      expect(Number.isNaN(Date.parse(byLoc.get(loc)!.lastmod ?? ''))).toBe(false)
    }
    for (const path of [
      '/',
      '/en',
      `/forschung/${content.researchNote.slug}`,
      `/en/research/${content.researchNote.slug}`,
      `/themen/${content.topic.slug}`,
      `/personen/${content.author.slug}`,
      `/en/organisations/${content.publisher.slug}`,
    ])
      expect(byLoc.has(absolute(path))).toBe(true)
  })

  it('leaves out drafts, press releases under embargo and noindex pages (search)', async () => {
    const locs = (await readSitemap()).map((url) => url.loc).join('\n')
    expect(locs).not.toContain(absolute('/suche'))
    expect(locs).not.toContain(content.draftTalk.slug)
    expect(locs).not.toContain(content.embargoedRelease.slug)
  })

  it('every URL in it answers 200', async () => {
    const urls = await readSitemap()
    const failures: string[] = []
    await inBatches(urls, 4, async ({ loc }) => {
      const response = await fetch(loc, { redirect: 'manual' })
      await response.arrayBuffer()
      if (response.status !== 200) failures.push(`${response.status} ${loc}`)
    })
    expect(failures).toEqual([])
  }, 300_000)
})

describe('sitemap.xml and an embargo', () => {
  it('lists a press release once its Sperrfrist has passed, within the cache minute', async () => {
    const created = await request<{ doc: { slug: string } }>('/api/pressReleases', {
      method: 'POST',
      headers: await adminHeaders(),
      body: {
        title: `Sperrfrist ${uniqueWord()}`,
        summary: 'Bald öffentlich',
        embargoUntil: new Date(Date.now() + 8_000).toISOString(),
        _status: 'published',
      },
    })
    expect(created.status).toBe(201)
    const loc = absolute(`/presse/${created.json.doc.slug}`)
    const listed = async () => (await readSitemap()).some((url) => url.loc === loc)
    expect(await listed()).toBe(false)
    // Nothing is saved when a Sperrfrist passes, so the cached list may be up to 60 s old.
    await eventually('the released press release is in the sitemap', listed, 90_000)
    expect((await fetch(loc)).status).toBe(200)
  }, 120_000)
})

describe('robots.txt', () => {
  it('keeps crawlers out of admin, API and preview, and points at the sitemap', async () => {
    const response = await fetch(new URL('/robots.txt', stack().appUrl))
    expect(response.status).toBe(200)
    const lines = (await response.text()).split('\n').map((line) => line.trim())
    expect(lines).toEqual(
      expect.arrayContaining([
        'User-Agent: *',
        'Allow: /api/v1/docs',
        'Disallow: /admin',
        'Disallow: /api/',
        'Disallow: /preview',
        `Sitemap: ${absolute('/sitemap.xml')}`,
      ]),
    )
  })
})
