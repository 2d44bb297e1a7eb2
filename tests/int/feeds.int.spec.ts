import { parseFeed } from '@rowanmanning/feed-parser'

import { adminHeaders, request } from '../helpers/actors'
import { stack } from '../helpers/api'
import { createSiteContent } from '../helpers/siteContent'

type Content = Awaited<ReturnType<typeof createSiteContent>>
let content: Content

// Dated just now: the overall and type feeds show the newest 50 items, and the file run before
// this one may have published more than 50 talks in its last minute.
beforeAll(async () => {
  const secondsAgo = (seconds: number) => new Date(Date.now() - seconds * 1_000).toISOString()
  content = await createSiteContent({ researchNote: secondsAgo(2), talk: secondsAgo(1) })
})

const absolute = (path: string) => new URL(path, stack().appUrl).toString()

async function fetchFeed(path: string) {
  const response = await fetch(new URL(path, stack().appUrl))
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    body: await response.text(),
  }
}

/** Titles and links of a feed, read with a real feed parser (XML) or as JSON Feed 1.1. */
async function readFeed(path: string) {
  const { status, type, body } = await fetchFeed(path)
  expect(status).toBe(200)
  if (path.endsWith('.json')) {
    expect(type).toMatch(/^application\/feed\+json/)
    const feed = JSON.parse(body) as {
      version: string
      title: string
      feed_url: string
      language: string
      items: {
        id: string
        url: string
        title: string
        content_text?: string
        content_html?: string
        date_published: string
        authors: { name: string }[]
      }[]
    }
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
    expect(typeof feed.title).toBe('string')
    expect(feed.feed_url).toBe(absolute(path))
    for (const item of feed.items) {
      expect(typeof item.id).toBe('string')
      expect(item.content_text ?? item.content_html).toEqual(expect.any(String))
    }
    return {
      title: feed.title,
      language: feed.language,
      items: feed.items.map((item) => ({
        title: item.title,
        url: item.url,
        date: item.date_published,
        authors: item.authors.map((a) => a.name),
      })),
    }
  }
  const feed = parseFeed(body)
  expect(type).toMatch(
    path.endsWith('atom.xml') ? /^application\/atom\+xml/ : /^application\/rss\+xml/,
  )
  expect(feed.meta.type).toBe(path.endsWith('atom.xml') ? 'atom' : 'rss')
  return {
    title: feed.title ?? '',
    language: feed.language ?? '',
    items: feed.items.map((item) => ({
      title: item.title ?? '',
      url: item.url ?? '',
      date: item.published?.toISOString() ?? '',
      authors: item.authors.map((a) => a.name ?? ''),
    })),
  }
}

const FORMATS = ['rss.xml', 'atom.xml', 'feed.json']

describe('feeds', () => {
  it.each(FORMATS)('the overall German %s lists public items, newest first', async (format) => {
    const feed = await readFeed(`/feeds/${format}`)
    expect(feed.title).toBe('Wissenshub')
    const titles = feed.items.map((item) => item.title)
    expect(titles).toEqual(expect.arrayContaining([content.talk.title, content.researchNote.title]))
    expect(titles).not.toContain(content.draftTalk.title)
    expect(titles).not.toContain(content.embargoedRelease.title)
    const dates = feed.items.map((item) => item.date)
    expect(dates).toEqual([...dates].sort().reverse())
    expect(feed.items.length).toBeLessThanOrEqual(50)
    const talk = feed.items.find((item) => item.title === content.talk.title)!
    expect(talk.url).toBe(absolute(`/vortraege/${content.talk.slug}`))
    expect(talk.authors).toEqual([`Erika ${content.word}`])
  })

  it.each(FORMATS)('the topic %s in both languages holds only its public items', async (format) => {
    for (const path of [
      `/feeds/themen/${content.topic.slug}/${format}`,
      `/en/feeds/topics/${content.topic.slug}/${format}`,
    ]) {
      const feed = await readFeed(path)
      expect(feed.title).toContain(content.topic.title)
      expect(feed.items.map((item) => item.title).sort()).toEqual(
        [content.talk.title, content.researchNote.title].sort(),
      )
      const english = path.startsWith('/en/')
      expect(feed.language).toBe(english ? 'en' : 'de')
      const note = feed.items.find((item) => item.title === content.researchNote.title)!
      expect(note.url).toBe(
        absolute(`${english ? '/en/research' : '/forschung'}/${content.researchNote.slug}`),
      )
    }
  })

  it('a type feed lists only that type', async () => {
    const feed = await readFeed(`/en/feeds/talks/atom.xml`)
    expect(feed.title).toBe('Wissenshub: Talks')
    expect(feed.items.map((item) => item.title)).toContain(content.talk.title)
    expect(feed.items.map((item) => item.title)).not.toContain(content.researchNote.title)
    expect(feed.items.every((item) => item.url.startsWith(absolute('/en/talks/')))).toBe(true)
    const press = await readFeed(`/feeds/presse/rss.xml`)
    expect(press.items.map((item) => item.title)).not.toContain(content.embargoedRelease.title)
  })

  it('an unknown feed, type or topic is a 404 that names the feeds there are', async () => {
    for (const path of [
      '/feeds/rss.html',
      '/feeds/personen/rss.xml',
      '/feeds/themen/kein-solches-thema/rss.xml',
      '/en/feeds/vortraege/rss.xml',
    ]) {
      const { status, body } = await fetchFeed(path)
      expect([path, status]).toEqual([path, 404])
      expect(body).toMatch(/feeds\/rss\.xml/)
    }
  })

  it('home and topic pages advertise their feeds, the footer links the feeds page', async () => {
    const home = await (await fetch(new URL('/', stack().appUrl))).text()
    expect(home).toMatch(
      /<link rel="alternate" type="application\/rss\+xml"[^>]*href="[^"]*\/feeds\/rss\.xml"/,
    )
    expect(home).toMatch(/<a href="\/feeds">Feeds abonnieren<\/a>/)
    const topic = await (
      await fetch(new URL(`/en/topics/${content.topic.slug}`, stack().appUrl))
    ).text()
    expect(topic).toContain(`/en/feeds/topics/${content.topic.slug}/feed.json`)
  })

  it('explains feeds on a page that links every feed, each of which a feed reader parses', async () => {
    for (const [page, topicFeed] of [
      ['/feeds', `/feeds/themen/${content.topic.slug}/rss.xml`],
      ['/en/feeds', `/en/feeds/topics/${content.topic.slug}/rss.xml`],
    ]) {
      const response = await fetch(new URL(page, stack().appUrl))
      expect(response.status).toBe(200)
      const html = await response.text()
      expect(html).toMatch(/Feedreader|feed reader/)
      const feeds = [...html.matchAll(/href="([^"]+\/(?:rss\.xml|atom\.xml|feed\.json))"/g)].map(
        ([, href]) => href,
      )
      // All publications and five types, in three formats each, and every topic.
      expect(feeds.length).toBeGreaterThanOrEqual(18)
      expect(feeds).toContain(topicFeed)
      // readFeed expects 200 and parses the feed as a feed reader does.
      for (const path of feeds.filter((href) => !/\/(themen|topics)\//.test(href))) {
        await readFeed(path)
      }
      expect((await readFeed(topicFeed)).items.length).toBeGreaterThan(0)
    }
  })

  it('shows a publish at once and drops an unpublish, though feeds are cached', async () => {
    const path = `/feeds/themen/${content.topic.slug}/feed.json`
    const titles = async () => (await readFeed(path)).items.map((item) => item.title)
    await titles() // now in the cache
    const created = await request<{ doc: { id: string; title: string } }>('/api/talks', {
      method: 'POST',
      headers: await adminHeaders(),
      body: { title: `Neu ${content.word}`, topics: [content.topic.id], _status: 'published' },
    })
    expect(created.status).toBe(201)
    const talk = created.json.doc
    expect(await titles()).toContain(talk.title)
    const unpublished = await request(`/api/talks/${talk.id}`, {
      method: 'PATCH',
      headers: await adminHeaders(),
      body: { _status: 'draft' },
    })
    expect(unpublished.status).toBe(200)
    expect(await titles()).not.toContain(talk.title)
  })
})
