import { parse } from 'node-html-parser'

import { getPage, stack } from '../helpers/api'
import { parseCitation } from '../helpers/parseCitation'
import { createSiteContent } from '../helpers/siteContent'

type Content = Awaited<ReturnType<typeof createSiteContent>>
let content: Content

beforeAll(async () => {
  content = await createSiteContent()
})

const absolute = (path: string) => new URL(path, stack().appUrl).toString()

type CslRead = {
  title: string
  author: { family?: string; given?: string; literal?: string }[]
  issued: { 'date-parts': number[][] }
  URL: string
  DOI?: string
}

async function fetchCitation(path: string) {
  const response = await fetch(new URL(path, stack().appUrl))
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    body: await response.text(),
  }
}

/** The export read back by citation-js's own BibTeX/RIS parsers, or as CSL-JSON. */
async function readCitation(path: string, contentType: RegExp): Promise<CslRead> {
  const { status, type, body } = await fetchCitation(path)
  expect([path, status]).toEqual([path, 200])
  expect(type).toMatch(contentType)
  const items = (path.endsWith('.json') ? JSON.parse(body) : await parseCitation(body)) as CslRead[]
  expect(items).toHaveLength(1)
  return items[0]
}

describe('citation exports', () => {
  it.each([
    ['bib', /^application\/x-bibtex/],
    ['ris', /^application\/x-research-info-systems/],
    ['json', /^application\/vnd\.citationstyles\.csl\+json/],
  ])('a research note as .%s carries title, authors, year, URL and DOI', async (format, type) => {
    const item = await readCitation(
      `/zitieren/forschung/${content.researchNote.slug}.${format}`,
      type,
    )
    expect(item.title).toBe(content.researchNote.title)
    expect(item.author).toEqual([
      { family: content.word, given: 'Erika' },
      { family: `Mustermann${content.word}`, given: 'Max' },
    ])
    expect(item.issued['date-parts'][0][0]).toBe(2026)
    expect(item.URL).toBe(absolute(`/forschung/${content.researchNote.slug}`))
    expect(item.DOI).toBe(`10.5555/${content.word.toLowerCase()}`)
  })

  it('a talk is citable in English, with its speaker and the English URL', async () => {
    const item = await readCitation(
      `/en/cite/talks/${content.talk.slug}.ris`,
      /^application\/x-research-info-systems/,
    )
    expect(item.title).toBe(content.talk.title)
    expect(item.author).toEqual([{ family: content.word, given: 'Erika' }])
    expect(item.URL).toBe(absolute(`/en/talks/${content.talk.slug}`))
    expect(item.issued['date-parts'][0]).toEqual([2026, 4, 15])
  })

  it('drafts, items under embargo and unknown formats have no citation (404)', async () => {
    for (const path of [
      `/zitieren/vortraege/${content.draftTalk.slug}.bib`,
      `/en/cite/talks/${content.draftTalk.slug}.json`,
      `/zitieren/presse/${content.embargoedRelease.slug}.ris`,
      `/zitieren/vortraege/${content.talk.slug}.pdf`,
      `/zitieren/personen/${content.talk.slug}.bib`,
    ]) {
      const { status, body } = await fetchCitation(path)
      expect([path, status]).toEqual([path, 404])
      expect(body.length).toBeGreaterThan(10)
    }
  })
})

describe('citation meta tags and the "Zitieren" block', () => {
  const metaOf = (html: string) => {
    const tags = new Map<string, string[]>()
    for (const meta of parse(html).querySelectorAll('meta[name^="citation_"]')) {
      const name = meta.getAttribute('name')!
      tags.set(name, [...(tags.get(name) ?? []), meta.getAttribute('content') ?? ''])
    }
    return tags
  }

  it('a research note page has the tags Google Scholar and Zotero read', async () => {
    const { status, html } = await getPage(`/forschung/${content.researchNote.slug}`)
    expect(status).toBe(200)
    const tags = metaOf(html)
    expect(tags.get('citation_title')).toEqual([content.researchNote.title])
    expect(tags.get('citation_author')).toEqual([
      `${content.word}, Erika`,
      `Mustermann${content.word}, Max`,
    ])
    expect(tags.get('citation_publication_date')).toEqual(['2026/03/02'])
    expect(tags.get('citation_publisher')).toEqual([`Institut ${content.word}`])
    expect(tags.get('citation_doi')).toEqual([`10.5555/${content.word.toLowerCase()}`])
    expect(tags.get('citation_language')).toEqual(['de'])
    expect(tags.get('citation_abstract_html_url')).toEqual([
      absolute(`/forschung/${content.researchNote.slug}`),
    ])
    expect(tags.get('citation_technical_report_number')).toEqual(['7'])
    const license = parse(html)
      .querySelectorAll('script[type="application/ld+json"]')
      .map((script) => (JSON.parse(script.text) as { license?: string }).license)
      .filter(Boolean)
    expect(license).toEqual(['https://creativecommons.org/licenses/by/4.0/'])
  })

  it('a talk page in English has the tags and links every export format', async () => {
    const { status, html } = await getPage(`/en/talks/${content.talk.slug}`)
    expect(status).toBe(200)
    const tags = metaOf(html)
    expect(tags.get('citation_title')).toEqual([content.talk.title])
    // The talk has no English text: the English page shows the German one and says so.
    expect(tags.get('citation_language')).toEqual(['de'])
    const jsonLd = parse(html)
      .querySelectorAll('script[type="application/ld+json"]')
      .map((script) => JSON.parse(script.text) as { inLanguage?: string })
    expect(jsonLd.map((thing) => thing.inLanguage).filter(Boolean)).toEqual(['de'])
    const cite = parse(html).querySelector('section.cite')!
    expect(cite.querySelector('h2')!.text).toBe('Cite')
    expect(cite.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(
      ['bib', 'ris', 'json'].map((format) => `/en/cite/talks/${content.talk.slug}.${format}`),
    )
  })
})
