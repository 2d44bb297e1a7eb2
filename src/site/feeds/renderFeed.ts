import { Feed, type Item } from 'feed'

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

function xmlFeed(channel: FeedChannel, items: PublicationV1[]) {
  const feed = new Feed({
    id: channel.pageUrl,
    link: channel.pageUrl,
    title: channel.title,
    description: channel.description,
    language: channel.language,
    updated: items[0] ? itemDate(items[0]) : new Date(0),
    generator: 'Wissenshub',
    copyright: 'Wissenshub',
    feedLinks: { rss: channel.urls['rss.xml'], atom: channel.urls['atom.xml'] },
  })
  for (const item of items) {
    const entry: Item = {
      title: String(item.title),
      id: String(item.url),
      link: String(item.url),
      date: itemDate(item),
      ...(typeof item.publishedAt === 'string' ? { published: new Date(item.publishedAt) } : {}),
      ...(typeof item.summary === 'string' && item.summary ? { description: item.summary } : {}),
      author: creatorsOf(item, channel),
      category: topicsOf(item).map((topic) => ({
        name: topic.title,
        domain: channel.topicUrl(topic.slug),
      })),
    }
    feed.addItem(entry)
  }
  return feed
}

/** The `feed` package has no language option for Atom; xml:lang on the root element says it. */
const withAtomLanguage = (atom: string, language: SiteLocale) =>
  atom.replace(
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${language}">`,
  )

/** The feed as the body and content type of a response. */
export function renderFeed(format: FeedFormat, channel: FeedChannel, items: PublicationV1[]) {
  const body =
    format === 'feed.json'
      ? jsonFeed(channel, items)
      : format === 'atom.xml'
        ? withAtomLanguage(xmlFeed(channel, items).atom1(), channel.language)
        : xmlFeed(channel, items).rss2()
  return { body, contentType: CONTENT_TYPES[format] }
}
