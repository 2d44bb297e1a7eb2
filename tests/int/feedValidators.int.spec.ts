/**
 * Every feed as feed readers get it: well-formed XML and valid against RELAX NG schemas of
 * Atom (RFC 4287) and RSS 2.0, checked by libxml2 (not by the library that writes the feeds),
 * then read by an independent feed parser.
 */
import { parseFeed } from '@rowanmanning/feed-parser'

import { createAsAdmin } from '../helpers/actors'
import { stack, uniqueWord } from '../helpers/api'
import { schemaFindings } from '../helpers/xmlSchemas'

const word = uniqueWord('Feedprüfung')
let topic: { id: string; slug: string; title: string }
let emptyTopic: { slug: string }

async function body(path: string) {
  const response = await fetch(new URL(path, stack().appUrl))
  expect([path, response.status]).toEqual([path, 200])
  return response.text()
}

beforeAll(async () => {
  topic = await createAsAdmin('topics', { title: `KI <Technik> & Arbeit ${word}` })
  emptyTopic = await createAsAdmin('topics', { title: `Leeres Thema ${word}` })
  const [first, second] = await Promise.all([
    createAsAdmin('people', {
      givenName: 'Hans-Jürgen',
      nameParticle: 'von der',
      familyName: 'Öhe',
    }),
    createAsAdmin('people', { name: `Erika <Muster> ${word}` }),
  ])
  await createAsAdmin('talks', {
    title: `Vortrag über <KI> & "Arbeit" ${word}`,
    abstract: 'Zusammenfassung mit <b>Markup</b> & Ampersand.',
    speakers: [first.id, second.id],
    topics: [topic.id],
    _status: 'published',
  })
})

// The topic's slug is known only after beforeAll: TOPIC stands for it.
const TOPIC = '<topic>'
const FEEDS = [
  '/feeds/atom.xml',
  '/feeds/rss.xml',
  '/en/feeds/atom.xml',
  '/en/feeds/rss.xml',
  '/feeds/vortraege/atom.xml',
  '/feeds/vortraege/rss.xml',
  `/feeds/themen/${TOPIC}/atom.xml`,
  `/feeds/themen/${TOPIC}/rss.xml`,
]
const withTopic = (path: string) => path.replace(TOPIC, topic.slug)

describe('feeds pass the Atom and RSS 2.0 schemas (libxml2)', () => {
  it.each(FEEDS.map((path) => [path]))('%s', async (path) => {
    const xml = await body(withTopic(path))
    const schema = path.endsWith('atom.xml') ? 'atom.rng' : 'rss2.rng'
    expect(await schemaFindings(xml, schema)).toEqual([])
  })
})

describe('feeds say what feed readers need', () => {
  it('a topic with < and & in its title stays well-formed and readable', async () => {
    const feed = parseFeed(await body(`/feeds/themen/${topic.slug}/atom.xml`))
    expect(feed.title).toContain('KI <Technik> & Arbeit')
    expect(feed.items).toHaveLength(1)
    const [item] = feed.items
    expect(item.title).toBe(`Vortrag über <KI> & "Arbeit" ${word}`)
    expect(item.authors.map((author) => author.name)).toEqual([
      'Hans-Jürgen von der Öhe',
      `Erika <Muster> ${word}`,
    ])
    expect(item.categories.map((category) => category.term)).toEqual([topic.slug])
  })

  it('RSS names every person in dc:creator, never in <author>', async () => {
    const xml = await body(`/feeds/themen/${topic.slug}/rss.xml`)
    expect(xml).not.toContain('<author>')
    expect(xml.match(/<dc:creator>/g)).toHaveLength(2)
    const feed = parseFeed(xml)
    expect(feed.items[0].title).toBe(`Vortrag über <KI> & "Arbeit" ${word}`)
  })

  it('every Atom feed has its own id, and updated is the last change of an item', async () => {
    const ids = await Promise.all(
      FEEDS.filter((path) => path.endsWith('atom.xml')).map(
        async (path) => /<id>([^<]+)<\/id>/.exec(await body(withTopic(path)))![1],
      ),
    )
    expect(new Set(ids).size).toBe(ids.length)
    const xml = await body(`/feeds/themen/${topic.slug}/atom.xml`)
    const [feedUpdated, entryUpdated] = [...xml.matchAll(/<updated>([^<]+)<\/updated>/g)].map(
      (match) => match[1],
    )
    expect(feedUpdated).toBe(entryUpdated)
  })

  it('an empty feed is not dated 1970', async () => {
    const xml = await body(`/feeds/themen/${emptyTopic.slug}/atom.xml`)
    expect(await schemaFindings(xml, 'atom.rng')).toEqual([])
    const updated = /<updated>([^<]+)<\/updated>/.exec(xml)![1]
    expect(new Date(updated).getUTCFullYear()).toBeGreaterThanOrEqual(2026)
  })
})
