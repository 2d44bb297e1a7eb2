import { createHmac } from 'node:crypto'

import { adminHeaders, createAsAdmin, request } from '../helpers/actors'
import { eventually, stack, uniqueWord } from '../helpers/api'
import { ensureConferenceSeeded } from '../helpers/siteContent'

type Answer = { status: number; cache: string | null; nonce: string | undefined; html: string }

/** A page as a reader's browser gets it: status, whether it came from the cache, its nonce. */
async function visit(path: string): Promise<Answer> {
  const response = await fetch(new URL(path, stack().appUrl))
  const html = await response.text()
  return {
    status: response.status,
    cache: response.headers.get('x-nextjs-cache'),
    nonce: /'nonce-([^']+)'/.exec(response.headers.get('content-security-policy') ?? '')?.[1],
    html,
  }
}

const noncesIn = (html: string) => new Set([...html.matchAll(/ nonce="([^"]+)"/g)].map((m) => m[1]))

async function publishedTalk(title: string) {
  return createAsAdmin('talks', { title, summary: 'Zum Zwischenspeicher', _status: 'published' })
}

describe('detail pages from the full-route cache', () => {
  it('answers from the cache after the first visit, each answer with its own nonce', async () => {
    const talk = await publishedTalk(`Zwischengespeichert ${uniqueWord()}`)
    const path = `/vortraege/${talk.slug}`
    await visit(path)
    const first = await visit(path)
    const second = await visit(path)

    expect([first.cache, second.cache]).toEqual(['HIT', 'HIT'])
    expect(first.nonce).toBeTruthy()
    expect(second.nonce).toBeTruthy()
    expect(second.nonce).not.toBe(first.nonce)
    // Every script the page carries has the nonce of the answer it came with, none an old one.
    expect(noncesIn(first.html)).toEqual(new Set([first.nonce]))
    expect(noncesIn(second.html)).toEqual(new Set([second.nonce]))
    expect(second.html).toContain(talk.title)
  })

  it('shows an edit on the next request and is gone on the next request after unpublishing', async () => {
    const talk = await publishedTalk(`Vor der Änderung ${uniqueWord()}`)
    const path = `/vortraege/${talk.slug}`
    await visit(path)
    expect((await visit(path)).cache).toBe('HIT')

    const renamed = `Nach der Änderung ${uniqueWord()}`
    const edited = await request(`/api/talks/${talk.id}`, {
      method: 'PATCH',
      headers: await adminHeaders(),
      body: { title: renamed },
    })
    expect(edited.status).toBe(200)
    const afterEdit = await visit(path)
    expect(afterEdit.html).toContain(renamed)
    expect(afterEdit.html).not.toContain(talk.title)

    const unpublished = await request(`/api/talks/${talk.id}`, {
      method: 'PATCH',
      headers: await adminHeaders(),
      body: { _status: 'draft' },
    })
    expect(unpublished.status).toBe(200)
    const afterUnpublish = await visit(path)
    expect(afterUnpublish.status).toBe(404)
    expect(afterUnpublish.html).not.toContain(renamed)
  })

  it('does not keep a "not found" once the page exists', async () => {
    const slug = `noch-nicht-da-${uniqueWord().toLowerCase()}`
    expect((await visit(`/vortraege/${slug}`)).status).toBe(404)
    expect((await visit(`/vortraege/${slug}`)).status).toBe(404)
    await createAsAdmin('talks', { title: 'Jetzt da', slug, _status: 'published' })
    expect((await visit(`/vortraege/${slug}`)).status).toBe(200)
  })
})

describe('the start page from the full-route cache', () => {
  it('is rendered on its first request (not the build’s), then cached, and shows a new talk', async () => {
    const first = await visit('/')
    // The build prerenders the start page without a database, as an empty page.
    expect(first.html).toContain('<h1')
    expect((await visit('/')).cache).toBe('HIT')
    const talk = await publishedTalk(`Neu auf der Startseite ${uniqueWord()}`)
    const afterPublish = await visit('/')
    expect(afterPublish.cache).not.toBe('HIT')
    expect(afterPublish.html).toContain(talk.title)
    const cached = await visit('/')
    expect(cached.cache).toBe('HIT')
    expect(noncesIn(cached.html)).toEqual(new Set([cached.nonce]))
    expect((await visit('/en')).html).toContain(talk.title)
  })
})

describe('legal pages and the feeds page from the full-route cache', () => {
  // The seed writes the legal pages.
  beforeAll(ensureConferenceSeeded, 240_000)

  it('answers the imprint from the cache and shows an edit on the next request', async () => {
    const headers = await adminHeaders()
    const found = await request<{ docs: { id: string; title: string }[] }>(
      '/api/pages?where[key][equals]=imprint&depth=0',
      { headers },
    )
    const imprint = found.json.docs[0]!
    const rename = (title: string) =>
      request(`/api/pages/${imprint.id}`, { method: 'PATCH', headers, body: { title } })
    await visit('/impressum')
    const cached = await visit('/impressum')
    expect(cached.cache).toBe('HIT')
    expect(noncesIn(cached.html)).toEqual(new Set([cached.nonce]))

    const renamed = `Impressum ${uniqueWord()}`
    try {
      expect((await rename(renamed)).status).toBe(200)
      const afterEdit = await visit('/impressum')
      expect(afterEdit.cache).not.toBe('HIT')
      expect(afterEdit.html).toContain(renamed)
    } finally {
      await rename(imprint.title)
    }
  })

  it('lists a new topic’s feed on the next request', async () => {
    await visit('/feeds')
    expect((await visit('/feeds')).cache).toBe('HIT')
    const topic = await createAsAdmin('topics', { title: `Feedthema ${uniqueWord()}` })
    expect((await visit('/feeds')).html).toContain(`/feeds/themen/${topic.slug}/rss.xml`)
  })
})

describe('section lists from the full-route cache', () => {
  it('serves every address of the same list from one entry, and shows a new talk next request', async () => {
    const topic = await createAsAdmin('topics', { title: `Listenthema ${uniqueWord()}` })
    const onTopic = (title: string) =>
      createAsAdmin('talks', { title, topics: [topic.id], _status: 'published' })
    const listed = await onTopic(`Gelistet ${uniqueWord()}`)
    const elsewhere = await publishedTalk(`Anderes Thema ${uniqueWord()}`)
    const path = `/vortraege?topic=${topic.slug}`

    const first = await visit(path)
    expect(first.status).toBe(200)
    expect(first.html).toContain(listed.title)
    expect(first.html).not.toContain(elsewhere.title)
    // The same list asked for differently: another order, a tracking parameter, the default page.
    const same = await visit(`/vortraege?utm_source=newsletter&page=1&topic=${topic.slug}`)
    expect(same.cache).toBe('HIT')
    expect(same.html).toContain(listed.title)
    expect(noncesIn(same.html)).toEqual(new Set([same.nonce]))
    // Another list is another entry: the unfiltered one and the English one are not this one.
    expect((await visit('/vortraege?year=1999')).html).not.toContain(listed.title)
    expect((await visit(`/en/talks?topic=${topic.slug}`)).html).toContain('lang="en"')

    const added = await onTopic(`Neu gelistet ${uniqueWord()}`)
    const afterPublish = await visit(path)
    expect(afterPublish.cache).not.toBe('HIT')
    expect(afterPublish.html).toContain(added.title)
  })
})

describe('search pages from the full-route cache', () => {
  it('answers a repeated search from the cache and shows a new match once it is indexed', async () => {
    const word = uniqueWord('Zwischensuche')
    const path = `/suche?q=${word}`
    expect((await visit(path)).status).toBe(200)
    // Talks of the tests before may still be on their way into the index (a new generation).
    let again: Answer | undefined
    await eventually(
      'a repeated search is answered from the cache',
      async () => {
        await visit(path)
        again = await visit(`/suche?utm_source=newsletter&q=${word}`)
        return again.cache === 'HIT'
      },
      30_000,
    )
    expect(noncesIn(again!.html)).toEqual(new Set([again!.nonce]))

    const talk = await publishedTalk(`${word} gefunden`)
    // Found: its link is on the page (its title is there with the query's word marked). The
    // English search is another page, on another index, and finds it too (German as fallback).
    await eventually(
      'the new talk is found on the search page',
      async () => (await visit(path)).html.includes(`href="/vortraege/${talk.slug}"`),
      30_000,
    )
    await eventually(
      'the new talk is found on the English search page',
      async () =>
        (await visit(`/en/search?q=${word}`)).html.includes(`href="/en/talks/${talk.slug}"`),
      30_000,
    )
  })
})

describe('section lists and searches are rendered by this server itself', () => {
  // The proxy rewrites them to the path that holds their query. A rewrite Next.js takes for
  // another server's address (an absolute URL in this header) is fetched over HTTP, a second
  // request from the server to itself; one it renders here is a path.
  it.each(['127.0.0.1', 'localhost'])('when asked at %s', async (host) => {
    for (const path of ['/vortraege?year=2021', '/en/talks', '/suche?q=Arbeit', '/en/search']) {
      const url = new URL(path, stack().appUrl)
      url.hostname = host
      const response = await fetch(url)
      await response.arrayBuffer()
      expect([path, response.status]).toEqual([path, 200])
      expect([path, response.headers.get('x-middleware-rewrite')]).toEqual([
        path,
        expect.stringMatching(/^\/(en\/)?(liste|suche|search)\//),
      ])
    }
  })
})

describe('revalidation from outside a request (jobs, the jobs worker, scripts)', () => {
  const revalidate = (token?: string) =>
    fetch(new URL('/api/site-cache/revalidate', stack().appUrl), {
      method: 'POST',
      headers: token === undefined ? {} : { 'x-site-cache-token': token },
    })

  it('refuses callers without the hub’s token', async () => {
    for (const token of [undefined, '', 'a'.repeat(64)]) {
      const response = await revalidate(token)
      expect(response.status).toBe(403)
      expect(((await response.json()) as { detail: string }).detail).toMatch(/jobs and scripts/)
    }
  })

  it('drops the cached pages for a caller with it', async () => {
    const talk = await publishedTalk(`Außerhalb ${uniqueWord()}`)
    const path = `/vortraege/${talk.slug}`
    await visit(path)
    expect((await visit(path)).cache).toBe('HIT')
    const token = createHmac('sha256', stack().appEnv.PAYLOAD_SECRET)
      .update('site-cache-revalidation')
      .digest('hex')
    expect((await revalidate(token)).status).toBe(204)
    expect((await visit(path)).cache).not.toBe('HIT')
  })
})
