import { newXmlDocument } from '@/domain/xmlDocument'
import type { PublicationV1 } from '@/api/v1/toPublication'

import { itemDate } from './feedItems'
import type { FeedFormat, SiteLocale } from '../paths'

/** What a feed says about itself; every URL absolute. */
export type FeedChannel = {
  title: string
  description: string
  language: SiteLocale
  /** The page the feed belongs to (home, or the topic's page). */
  pageUrl: string
  /** The home page of the site in the feed's language. */
  siteUrl: string
  urls: Record<FeedFormat, string>
  personUrl: (slug: string) => string
  topicUrl: (slug: string) => string
}

type PersonRef = { slug: string; name: string; role: string }
type TopicRef = { slug: string; title: string }

const peopleOf = (item: PublicationV1) => (item.people ?? []) as PersonRef[]
const topicsOf = (item: PublicationV1) => (item.topics ?? []) as TopicRef[]
const stringOr = (value: unknown, fallback: string) =>
  typeof value === 'string' && value ? value : fallback

/** Speakers and authors; moderators and panellists only when nobody else is named. */
function creatorsOf(item: PublicationV1, channel: FeedChannel) {
  const people = peopleOf(item)
  const creators = people.filter((p) => p.role === 'speaker' || p.role === 'author')
  return (creators.length ? creators : people).map((person) => ({
    name: person.name,
    link: channel.personUrl(person.slug),
  }))
}

const SITE_NAME = 'Wissenshub'

const CONTENT_TYPES: Record<FeedFormat, string> = {
  'rss.xml': 'application/rss+xml; charset=utf-8',
  'atom.xml': 'application/atom+xml; charset=utf-8',
  'feed.json': 'application/feed+json; charset=utf-8',
}

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/); the `feed` package writes only 1.0. */
function jsonFeed(channel: FeedChannel, items: PublicationV1[]) {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    description: channel.description,
    home_page_url: channel.pageUrl,
    feed_url: channel.urls['feed.json'],
    language: channel.language,
    items: items.map((item) => ({
      id: String(item.url),
      url: String(item.url),
      title: String(item.title),
      ...(typeof item.summary === 'string' && item.summary ? { summary: item.summary } : {}),
      content_text: stringOr(item.text, stringOr(item.summary, String(item.title))),
      date_published: itemDate(item).toISOString(),
      ...(typeof item.updatedAt === 'string' ? { date_modified: item.updatedAt } : {}),
      authors: creatorsOf(item, channel).map(({ name, link }) => ({ name, url: link })),
      tags: topicsOf(item).map((topic) => topic.title),
      language: channel.language,
    })),
  })
}

const ATOM = 'http://www.w3.org/2005/Atom'
const DC = 'http://purl.org/dc/elements/1.1/'
const XMLNS = 'http://www.w3.org/2000/xmlns/'

/** The newest modification among the items; an empty feed is as new as the request. */
function lastModified(items: PublicationV1[]) {
  const times = items
    .map((item) => Date.parse(String(item.updatedAt ?? '')))
    .filter(Number.isFinite)
  return new Date(times.length ? Math.max(...times) : Date.now())
}

const updatedOf = (item: PublicationV1) =>
  typeof item.updatedAt === 'string' ? new Date(item.updatedAt) : itemDate(item)

/**
 * Atom 1.0 (RFC 4287), written with an XML builder so every text is escaped. The feed's id is
 * its own URL (unique per language, type and topic), `updated` the last change of an item,
 * authors are the item's people or, for items without, the hub (feed-level author).
 */
function atomFeed(channel: FeedChannel, items: PublicationV1[]) {
  const feed = newXmlDocument()
    .ele(ATOM, 'feed')
    .att('http://www.w3.org/XML/1998/namespace', 'xml:lang', channel.language)
  feed.ele(ATOM, 'id').txt(channel.urls['atom.xml'])
  feed.ele(ATOM, 'title').att('type', 'text').txt(channel.title)
  feed.ele(ATOM, 'subtitle').att('type', 'text').txt(channel.description)
  feed.ele(ATOM, 'updated').txt(lastModified(items).toISOString())
  feed
    .ele(ATOM, 'link')
    .att({ rel: 'self', type: 'application/atom+xml', href: channel.urls['atom.xml'] })
  feed.ele(ATOM, 'link').att({ rel: 'alternate', type: 'text/html', href: channel.pageUrl })
  const hub = feed.ele(ATOM, 'author')
  hub.ele(ATOM, 'name').txt(SITE_NAME)
  hub.ele(ATOM, 'uri').txt(channel.siteUrl)
  feed.ele(ATOM, 'generator').txt(SITE_NAME)
  for (const item of items) {
    const entry = feed.ele(ATOM, 'entry')
    entry.ele(ATOM, 'id').txt(String(item.url))
    entry.ele(ATOM, 'title').att('type', 'text').txt(String(item.title))
    entry.ele(ATOM, 'updated').txt(updatedOf(item).toISOString())
    if (typeof item.publishedAt === 'string') {
      entry.ele(ATOM, 'published').txt(new Date(item.publishedAt).toISOString())
    }
    entry.ele(ATOM, 'link').att({ rel: 'alternate', type: 'text/html', href: String(item.url) })
    for (const person of creatorsOf(item, channel)) {
      const author = entry.ele(ATOM, 'author')
      author.ele(ATOM, 'name').txt(person.name)
      author.ele(ATOM, 'uri').txt(person.link)
    }
    for (const topic of topicsOf(item)) {
      entry.ele(ATOM, 'category').att({
        term: topic.slug,
        label: topic.title,
        scheme: channel.topicUrl(''),
      })
    }
    if (typeof item.summary === 'string' && item.summary) {
      entry.ele(ATOM, 'summary').att('type', 'text').txt(item.summary)
    }
  }
  return feed.end({ prettyPrint: false })
}

/** RFC 822 dates, as RSS 2.0 wants them. */
const rfc822 = (date: Date) => date.toUTCString()

/**
 * RSS 2.0. `<author>` must be an e-mail address, which the hub does not publish: the people go
 * into `dc:creator`, one element each.
 */
function rssFeed(channel: FeedChannel, items: PublicationV1[]) {
  const rss = newXmlDocument()
    .ele('rss')
    .att('version', '2.0')
    .att(XMLNS, 'xmlns:atom', ATOM)
    .att(XMLNS, 'xmlns:dc', DC)
  const feed = rss.ele('channel')
  feed.ele('title').txt(channel.title)
  feed.ele('link').txt(channel.pageUrl)
  feed.ele('description').txt(channel.description)
  feed.ele('language').txt(channel.language)
  feed.ele('lastBuildDate').txt(rfc822(lastModified(items)))
  feed.ele('generator').txt(SITE_NAME)
  feed.ele(ATOM, 'atom:link').att({
    href: channel.urls['rss.xml'],
    rel: 'self',
    type: 'application/rss+xml',
  })
  for (const item of items) {
    const entry = feed.ele('item')
    entry.ele('title').txt(String(item.title))
    entry.ele('link').txt(String(item.url))
    entry.ele('guid').att('isPermaLink', 'true').txt(String(item.url))
    entry.ele('pubDate').txt(rfc822(itemDate(item)))
    if (typeof item.summary === 'string' && item.summary) {
      entry.ele('description').txt(item.summary)
    }
    for (const person of creatorsOf(item, channel)) entry.ele(DC, 'dc:creator').txt(person.name)
    for (const topic of topicsOf(item)) {
      entry.ele('category').att('domain', channel.topicUrl(topic.slug)).txt(topic.title)
    }
  }
  return rss.end({ prettyPrint: false })
}

/** The feed as the body and content type of a response. */
export function renderFeed(format: FeedFormat, channel: FeedChannel, items: PublicationV1[]) {
  const body =
    format === 'feed.json'
      ? jsonFeed(channel, items)
      : format === 'atom.xml'
        ? atomFeed(channel, items)
        : rssFeed(channel, items)
  return { body, contentType: CONTENT_TYPES[format] }
}
