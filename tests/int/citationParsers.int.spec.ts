/**
 * BibTeX and RIS as reference managers read them: parsed by parsers that did not write them
 * (@retorquere/bibtex-parser drives Better BibTeX for Zotero; astrocite-ris is an independent
 * RIS reader), with the characters and names that break naive writers.
 */
import { parse as parseBibtex } from '@retorquere/bibtex-parser'
import { AST as RisAst, parse as parseRis } from 'astrocite-ris'
import { parse as parseHtml } from 'node-html-parser'

import { createAsAdmin } from '../helpers/actors'
import { getPage, stack, uniqueWord } from '../helpers/api'

const word = uniqueWord('Zitat')
const TITLE = `Kosten & Nutzen: 100 % $ #1 _x_ {Klammern} \\ über Ökonomie ${word}`
const ABSTRACT = 'Erste Zeile.\nZweite Zeile.\r\n\r\nER  - \nTY  - JOUR\nNeuer Absatz.'
let noteSlug: string
const panelSlugs: string[] = []

async function text(path: string) {
  const response = await fetch(new URL(path, stack().appUrl))
  expect([path, response.status]).toEqual([path, 200])
  return response.text()
}

beforeAll(async () => {
  const oehe = await createAsAdmin('people', {
    givenName: 'Hans-Jürgen',
    nameParticle: 'von der',
    familyName: `Öhe${word}`,
  })
  const note = await createAsAdmin('researchNotes', {
    title: TITLE,
    abstract: ABSTRACT,
    authors: [oehe.id],
    doi: `10.5555/${word.toLowerCase()}_a`,
    citation: { series: 'Working Paper', number: '7/2026', place: 'Berlin' },
    publishedAt: '2026-03-02T09:00:00.000Z',
    _status: 'published',
  })
  noteSlug = note.slug
  for (const n of [1, 2, 3]) {
    const panel = await createAsAdmin('panels', {
      title: `Thematisches Panel ${n} ${word}`,
      participants: [{ person: oehe.id }],
      publishedAt: '2021-06-22T10:00:00.000Z',
      _status: 'published',
    })
    panelSlugs.push(panel.slug)
  }
})

const normalised = (value: string) => value.replace(/\s+/g, ' ').trim()

describe('BibTeX read by @retorquere/bibtex-parser', () => {
  it('keeps the title with & % $ # _ { } \\ and umlauts, the particle and the month', async () => {
    const bib = await text(`/zitieren/forschung/${noteSlug}.bib`)
    const { entries, errors } = await parseBibtex(bib)
    expect(errors).toEqual([])
    expect(entries).toHaveLength(1)
    const [entry] = entries
    expect(entry.type).toBe('techreport')
    expect(entry.fields.title).toBe(TITLE)
    expect(entry.fields.author).toEqual([
      { firstName: 'Hans-Jürgen', prefix: 'von der', lastName: `Öhe${word}` },
    ])
    expect(entry.fields.month).toBe('3')
    expect(entry.fields.year).toBe('2026')
    expect(entry.fields.number).toBe('7/2026')
    expect(entry.fields.doi).toBe(`10.5555/${word.toLowerCase()}_a`)
    expect(normalised(String(entry.fields.abstract))).toBe(normalised(ABSTRACT))
  })

  it('protects every capitalised word, umlaut-initial ones included', async () => {
    const bib = await text(`/zitieren/forschung/${noteSlug}.bib`)
    expect(bib).toContain('{Ökonomie}')
    expect(bib).toContain('{Kosten}')
  })

  it('gives panels of one year with the same first word different keys', async () => {
    const keys = await Promise.all(
      panelSlugs.map(async (slug) => {
        const { entries } = await parseBibtex(await text(`/zitieren/diskussionen/${slug}.bib`))
        return entries[0].key
      }),
    )
    expect(new Set(keys).size).toBe(3)
  })
})

describe('RIS read by astrocite-ris', () => {
  it('is one record with unwrapped title, particle, zero-padded date and the report number', async () => {
    const ris = await text(`/zitieren/forschung/${noteSlug}.ris`)
    const ast = RisAst.parse(ris)
    expect(ast.children).toHaveLength(1)
    const tags = Object.fromEntries(
      ast.children[0].properties.map((property) => [property.key, property.value]),
    )
    expect(ast.children[0].type).toBe('RPRT')
    expect(tags.DA).toBe('2026/03/02/')
    expect(tags.IS).toBe('7/2026')
    expect(tags.SN).toBeUndefined()
    const [item] = parseRis(ris)
    expect(item.title).toBe(TITLE)
    expect(item.author).toEqual([
      expect.objectContaining({ family: `Öhe${word}`, given: 'Hans-Jürgen' }),
    ])
    expect(normalised(String(item.abstract))).toBe(normalised(ABSTRACT))
    for (const line of ris.split('\r\n').filter(Boolean)) {
      expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /)
    }
  })

  it('types panels as presentations (SLIDE), never as sound recordings', async () => {
    const ast = RisAst.parse(await text(`/zitieren/diskussionen/${panelSlugs[0]}.ris`))
    expect(ast.children.map((entry) => entry.type)).toEqual(['SLIDE'])
  })
})

describe('citation_author names the family name with its particle', () => {
  it('writes "von der Öhe, Hans-Jürgen"', async () => {
    const { html } = await getPage(`/forschung/${noteSlug}`)
    const authors = parseHtml(html)
      .querySelectorAll('meta[name="citation_author"]')
      .map((meta) => meta.getAttribute('content'))
    expect(authors).toEqual([`von der Öhe${word}, Hans-Jürgen`])
  })
})
