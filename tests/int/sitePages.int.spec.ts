import { alternatePath } from '../../src/site/paths'
import { getPage, loginAsAdmin, rest, stack, uniqueWord } from '../helpers/api'

type TalkDoc = { id: string; slug: string; title: string }

let token: string
beforeAll(async () => {
  token = await loginAsAdmin()
})

const visibleText = (html: string) => html.replace(/<[^>]+>/g, ' ')

describe('site pages follow publishing at once (cached reads, dropped on change)', () => {
  it('shows an edit and an unpublish on the next request, on the page and the home page', async () => {
    const word = uniqueWord('Cachetest')
    const created = await rest<{ doc: TalkDoc }>('/api/talks', {
      method: 'POST',
      token,
      body: { title: `Vortrag ${word}`, _status: 'published' },
    })
    expect(created.status).toBe(201)
    const { id, slug } = created.json.doc
    const page = `/vortraege/${slug}`

    // Read twice: the second read is served from the cache.
    expect((await getPage(page)).status).toBe(200)
    expect(visibleText((await getPage(page)).html)).toContain(`Vortrag ${word}`)
    expect(visibleText((await getPage('/')).html)).toContain(`Vortrag ${word}`)

    const renamed = await rest(`/api/talks/${id}`, {
      method: 'PATCH',
      token,
      body: { title: `Umbenannt ${word}`, _status: 'published' },
    })
    expect(renamed.status).toBe(200)
    expect(visibleText((await getPage(page)).html)).toContain(`Umbenannt ${word}`)
    expect(visibleText((await getPage('/')).html)).toContain(`Umbenannt ${word}`)

    const unpublished = await rest(`/api/talks/${id}`, {
      method: 'PATCH',
      token,
      body: { _status: 'draft' },
    })
    expect(unpublished.status).toBe(200)
    expect((await getPage(page)).status).toBe(404)
    expect(visibleText((await getPage('/')).html)).not.toContain(word)
    expect((await getPage(`/en/talks/${slug}`)).status).toBe(404)
  })
})

describe('both languages', () => {
  it('serves the English tree with lang="en", English UI and the German page as its alternate', async () => {
    const home = await getPage('/en')
    expect(home.status).toBe(200)
    expect(home.html.match(/<html lang="(\w+)"/)?.[1]).toBe('en')
    expect(home.html.includes('Skip to content')).toBe(true)
    const alternateDe = home.html.match(/<link rel="alternate" hrefLang="de" href="([^"]*)"/)?.[1]
    expect(new URL(alternateDe!).pathname).toBe('/')

    const german = await getPage('/')
    expect(german.html.match(/<html lang="(\w+)"/)?.[1]).toBe('de')
    expect(german.html.includes('Zum Inhalt springen')).toBe(true)
  })

  it('answers unknown addresses with a 404 page in the language of the tree', async () => {
    const de = await getPage('/gibt-es-nicht')
    expect(de.status).toBe(404)
    expect(de.html.includes('Seite nicht gefunden')).toBe(true)
    const en = await getPage('/en/does-not-exist')
    expect(en.status).toBe(404)
    expect(en.html.includes('Page not found')).toBe(true)
  })

  it.each(['/vortraege/%E0%A4%A', '/en/talks/%E0%A4%A', '/api/v1/talks/%E0%A4%A'])(
    'answers a broken percent-encoding in %s with a 400 that says so',
    async (path) => {
      const response = await fetch(new URL(path, stack().appUrl))
      expect(response.status).toBe(400)
      expect(((await response.json()) as { title: string }).title).toBe('Malformed address')
    },
  )

  it.each([
    ['/', 'en', '/en'],
    ['/en', 'de', '/'],
    ['/suche', 'en', '/en/search'],
    ['/en/search', 'de', '/suche'],
    ['/vortraege/ein-vortrag', 'en', '/en/talks/ein-vortrag'],
    ['/en/research/a-note', 'de', '/forschung/a-note'],
    ['/en/people/julia-kropf', 'de', '/personen/julia-kropf'],
    ['/feeds', 'en', '/en/feeds'],
    ['/en/feeds', 'de', '/feeds'],
    ['/unbekannt/x', 'en', '/en'],
    // Where the proxy has lists rendered (the server's own view of a list's path).
    ['/liste/talks/topic.ki', 'en', '/en/talks'],
    ['/en/liste/people/alle', 'de', '/personen'],
  ] as const)('maps %s to %s as %s', (path, locale, expected) => {
    expect(alternatePath(path, locale)).toBe(expected)
  })
})

describe('content without an English version', () => {
  it('falls back to German on the English page and marks that text as German', async () => {
    const word = uniqueWord('Nurdeutsch')
    const created = await rest<{ doc: TalkDoc }>('/api/talks', {
      method: 'POST',
      token,
      body: {
        title: `Nur auf Deutsch ${word}`,
        abstract: `Kurzfassung ${word}`,
        _status: 'published',
      },
    })
    expect(created.status).toBe(201)
    const { html, status } = await getPage(`/en/talks/${created.json.doc.slug}`)
    expect(status).toBe(200)
    expect(html.match(/<h1 lang="(\w+)">([^<]*)<\/h1>/)?.slice(1)).toEqual([
      'de',
      `Nur auf Deutsch ${word}`,
    ])
    expect(html.match(/<p class="lead" lang="(\w+)">/)?.[1]).toBe('de')
    expect(html.includes('Parts of this page are not available in English yet')).toBe(true)

    const german = await getPage(`/vortraege/${created.json.doc.slug}`)
    expect(german.html.match(/<h1( lang="\w+")?>/)?.[1]).toBeUndefined()
  })
})
