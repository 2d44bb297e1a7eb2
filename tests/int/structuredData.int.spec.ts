import { parse } from 'node-html-parser'

import { adminHeaders, request } from '../helpers/actors'
import { getPage } from '../helpers/api'
import { createSiteContent } from '../helpers/siteContent'

type Thing = Record<string, unknown>
type Content = Awaited<ReturnType<typeof createSiteContent>>
let content: Content
let event: { slug: string; title: string }
let panel: { slug: string }
let release: { slug: string }

async function publish(collection: string, body: Record<string, unknown>) {
  const created = await request<{ doc: { id: string; slug: string; title: string } }>(
    `/api/${collection}`,
    { method: 'POST', headers: await adminHeaders(), body: { ...body, _status: 'published' } },
  )
  expect(created.status).toBe(201)
  return created.json.doc
}

beforeAll(async () => {
  content = await createSiteContent()
  event = await publish('events', {
    title: `Konferenz ${content.word}`,
    startsAt: '2026-06-22T08:00:00.000Z',
    endsAt: '2026-06-22T16:00:00.000Z',
    format: 'onSite',
    venue: 'Berlin, Haus der Wissenschaft',
    hosts: [content.publisher.id],
  })
  panel = await publish('panels', {
    title: `Diskussion ${content.word}`,
    participants: [{ person: content.author.id }],
  })
  release = await publish('pressReleases', {
    title: `Pressemitteilung ${content.word}`,
    summary: 'Öffentlich',
    contacts: [{ name: 'Pressestelle', organisation: content.publisher.id }],
  })
})

/** Every JSON-LD block of a page, each parsed with JSON.parse. */
async function jsonLdOf(path: string): Promise<Thing[]> {
  const { status, html } = await getPage(path)
  expect([path, status]).toEqual([path, 200])
  const scripts = parse(html).querySelectorAll('script[type="application/ld+json"]')
  expect(scripts.length).toBeGreaterThan(0)
  return scripts.map((script) => JSON.parse(script.textContent) as Thing)
}

const ofType = (things: Thing[], ...types: string[]) => {
  const found = things.find((thing) => types.includes(String(thing['@type'])))
  expect(found).toBeDefined()
  expect(found!['@context']).toBe('https://schema.org')
  return found!
}

const expectNamedAuthors = (thing: Thing) => {
  const authors = thing.author as Thing[]
  expect(authors.length).toBeGreaterThan(0)
  for (const author of authors) expect(author.name).toEqual(expect.any(String))
}

const expectDate = (value: unknown) => expect(Number.isNaN(Date.parse(String(value)))).toBe(false)

describe('JSON-LD on every kind of page', () => {
  it('an event has a name, start date and location', async () => {
    const thing = ofType(await jsonLdOf(`/veranstaltungen/${event.slug}`), 'Event')
    expect(thing.name).toBe(event.title)
    expectDate(thing.startDate)
    expect(thing.location).toMatchObject({ '@type': 'Place', name: expect.any(String) })
  })

  it('a research note is a Report or ScholarlyArticle with headline, date and authors', async () => {
    const thing = ofType(
      await jsonLdOf(`/en/research/${content.researchNote.slug}`),
      'Report',
      'ScholarlyArticle',
    )
    expect(thing.headline).toBe(content.researchNote.title)
    expectDate(thing.datePublished)
    expectNamedAuthors(thing)
    expect(thing.identifier).toBe(`https://doi.org/10.5555/${content.word.toLowerCase()}`)
  })

  it('a press release is a NewsArticle with headline, date and author', async () => {
    const thing = ofType(await jsonLdOf(`/presse/${release.slug}`), 'NewsArticle')
    expect(thing.headline).toEqual(expect.any(String))
    expectDate(thing.datePublished)
    expectNamedAuthors(thing)
  })

  it('talks and panels name their headline, date and speakers', async () => {
    for (const path of [`/vortraege/${content.talk.slug}`, `/diskussionen/${panel.slug}`]) {
      const thing = ofType(await jsonLdOf(path), 'PresentationDigitalDocument', 'CreativeWork')
      expect(thing.headline).toEqual(expect.any(String))
      expectDate(thing.datePublished)
      expectNamedAuthors(thing)
    }
  })

  it('a person has a name, an organisation a name and URL', async () => {
    expect(ofType(await jsonLdOf(`/personen/${content.author.slug}`), 'Person').name).toBe(
      `Erika ${content.word}`,
    )
    const organisation = ofType(
      await jsonLdOf(`/en/organisations/${content.publisher.slug}`),
      'Organization',
    )
    expect(organisation.name).toBe(`Institut ${content.word}`)
    expect(() => new URL(String(organisation.url))).not.toThrow()
  })
})
