import { getTranslations } from 'next-intl/server'

import { absoluteUrl } from '../absoluteUrl'
import { readBranding } from '../branding/readBranding'
import {
  FEED_FORMATS,
  feedPath,
  homePath,
  pagePath,
  type FeedFormat,
  type FeedScope,
  type SiteLocale,
} from '../paths'
import { listTopics } from '../publications'
import { readFeedItems } from './feedItems'
import { parseFeedRequest } from './feedRequest'
import { renderFeed, type FeedChannel } from './renderFeed'

type FeedContext = { params: Promise<{ path: string[] }> }

const notFound = (message: string) =>
  new Response(message, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })

async function channelOf(scope: FeedScope, locale: SiteLocale): Promise<FeedChannel | null> {
  const { name, tagline } = await readBranding(locale)
  const types = await getTranslations({ locale, namespace: 'types' })
  let title = name
  let pageUrl = absoluteUrl(homePath(locale))
  if (scope.kind === 'type') title = `${name}: ${types(`${scope.collection}.other`)}`
  if (scope.kind === 'topic') {
    const topic = (await listTopics(locale)).find((t) => t.slug === scope.slug)
    if (!topic) return null
    title = `${name}: ${types('topics.one')} ${topic.title}`
    pageUrl = absoluteUrl(pagePath('topics', topic.slug, locale))
  }
  return {
    title,
    description: tagline,
    language: locale,
    pageUrl,
    siteUrl: absoluteUrl(homePath(locale)),
    urls: Object.fromEntries(
      FEED_FORMATS.map((format) => [format, absoluteUrl(feedPath(scope, format, locale))]),
    ) as Record<FeedFormat, string>,
    personUrl: (slug) => absoluteUrl(pagePath('people', slug, locale)),
    topicUrl: (slug) => absoluteUrl(pagePath('topics', slug, locale)),
  }
}

/** GET handler of one language's feeds: `/feeds/[...path]` or `/en/feeds/[...path]`. */
export function feedRoute(locale: SiteLocale) {
  return async function GET(_request: Request, { params }: FeedContext) {
    const feedRequest = parseFeedRequest((await params).path, locale)
    const example = feedPath({ kind: 'all' }, 'rss.xml', locale)
    if (!feedRequest)
      return notFound(
        `No such feed. Feeds end in ${FEED_FORMATS.join(', ')}, e.g. ${example}, optionally ` +
          `with a publication type or a topic: ${feedPath({ kind: 'topic', slug: 'slug' }, 'rss.xml', locale)}`,
      )
    const channel = await channelOf(feedRequest.scope, locale)
    if (!channel) return notFound(`No such topic. All feeds: ${example}`)
    const items = await readFeedItems(feedRequest.scope, locale)
    const { body, contentType } = renderFeed(feedRequest.format, channel, items)
    return new Response(body, {
      headers: { 'Content-Type': contentType, 'Cache-Control': 'public, max-age=60' },
    })
  }
}
