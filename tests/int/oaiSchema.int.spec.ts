/**
 * OAI-PMH as harvesters check it: every kind of response valid against the OAI-PMH 2.0 and
 * oai_dc XML schemas (vendored in tests/schemas, validated by libxml2), harvesting in windows
 * from=T&until=T, deletions reported, datestamps that follow what a record shows.
 */
import { adminHeaders, createAsAdmin, request } from '../helpers/actors'
import { stack, uniqueWord } from '../helpers/api'
import { schemaFindings } from '../helpers/xmlSchemas'

const SCHEMA_IMPORTS = ['OAI-PMH.xsd', 'oai_dc.xsd', 'simpledc20021212.xsd', 'xml.xsd']
const word = uniqueWord('Ernte')
let speaker: { id: string }
let talk: { id: string }
let host: string

const oai = async (query: string) => {
  const response = await fetch(new URL(`/oai?${query}`, stack().appUrl))
  expect(response.headers.get('content-type')).toMatch(/^text\/xml/)
  return response.text()
}

const valid = async (xml: string) =>
  expect(await schemaFindings(xml, 'oai-pmh-oai_dc.xsd', SCHEMA_IMPORTS)).toEqual([])

const identifierOf = (id: string) => `oai:${host}:talks/${id}`
const datestampIn = (xml: string) => /<datestamp>([^<]+)<\/datestamp>/.exec(xml)?.[1]
const resumptionTokenIn = (xml: string) => /<resumptionToken[^>]*>([^<]+)</.exec(xml)?.[1]
const errorCode = (xml: string) => /<error code="([^"]+)"/.exec(xml)?.[1]

beforeAll(async () => {
  host = new URL(stack().appUrl).hostname
  speaker = await createAsAdmin('people', { name: `Sprecherin ${word}` })
  talk = await createAsAdmin('talks', {
    title: `Vortrag <Ernte> & Co ${word}`,
    speakers: [speaker.id],
    _status: 'published',
  })
})

describe('responses are valid against the OAI-PMH 2.0 and oai_dc schemas', () => {
  it.each([
    ['Identify', 'verb=Identify'],
    ['ListMetadataFormats', 'verb=ListMetadataFormats'],
    ['ListSets', 'verb=ListSets'],
    ['ListIdentifiers', 'verb=ListIdentifiers&metadataPrefix=oai_dc&set=talks'],
    ['ListRecords', 'verb=ListRecords&metadataPrefix=oai_dc&set=talks'],
    ['badVerb', 'verb=Nonsense'],
    ['badArgument (impossible date)', 'verb=ListRecords&metadataPrefix=oai_dc&from=2026-13-45'],
    ['badArgument (illegal set spec)', 'verb=ListRecords&metadataPrefix=oai_dc&set=a%20b%3Cc'],
    ['noRecordsMatch', 'verb=ListRecords&metadataPrefix=oai_dc&from=1990-01-01&until=1990-01-02'],
  ])('%s', async (_name, query) => {
    await valid(await oai(query))
  })

  it('GetRecord', async () => {
    await valid(
      await oai(`verb=GetRecord&metadataPrefix=oai_dc&identifier=${identifierOf(talk.id)}`),
    )
  })

  it('Identify names a real admin address and reports deletions persistently', async () => {
    const xml = await oai('verb=Identify')
    expect(xml).toContain('<deletedRecord>persistent</deletedRecord>')
    expect(xml).not.toContain('@localhost<')
  })
})

describe('arguments', () => {
  it('an impossible date is badArgument, never a server error', async () => {
    for (const date of ['2026-13-45', '2026-02-30', '2026-01-01T25:00:00Z', '20260101']) {
      const xml = await oai(`verb=ListIdentifiers&metadataPrefix=oai_dc&from=${date}`)
      expect([date, errorCode(xml)]).toEqual([date, 'badArgument'])
    }
  })

  it('an illegal set spec is badArgument and is not echoed', async () => {
    const xml = await oai('verb=ListIdentifiers&metadataPrefix=oai_dc&set=%3Cscript%3E')
    expect(errorCode(xml)).toBe('badArgument')
    expect(xml).not.toContain('script')
  })
})

describe('harvesting in windows', () => {
  it('from=T&until=T includes the record stamped T', async () => {
    const record = await oai(
      `verb=GetRecord&metadataPrefix=oai_dc&identifier=${identifierOf(talk.id)}`,
    )
    const stamp = datestampIn(record)!
    const window = await oai(
      `verb=ListIdentifiers&metadataPrefix=oai_dc&set=talks&from=${stamp}&until=${stamp}`,
    )
    await valid(window)
    expect(window).toContain(identifierOf(talk.id))
  })

  it("renaming a speaker changes the record's datestamp", async () => {
    const identifier = identifierOf(talk.id)
    const before = datestampIn(
      await oai(`verb=GetRecord&metadataPrefix=oai_dc&identifier=${identifier}`),
    )!
    await new Promise((resolve) => setTimeout(resolve, 1100))
    const renamed = await request(`/api/people/${speaker.id}`, {
      method: 'PATCH',
      headers: await adminHeaders(),
      body: { name: `Umbenannt ${word}` },
    })
    expect(renamed.status).toBe(200)
    const record = await oai(`verb=GetRecord&metadataPrefix=oai_dc&identifier=${identifier}`)
    const after = datestampIn(record)!
    expect(after > before).toBe(true)
    expect(record).toContain(`Umbenannt ${word}`)
    const window = await oai(`verb=ListIdentifiers&metadataPrefix=oai_dc&set=talks&from=${after}`)
    expect(window).toContain(identifier)
    const earlier = await oai(
      `verb=ListIdentifiers&metadataPrefix=oai_dc&set=talks&from=${before}&until=${before}`,
    )
    expect(earlier).not.toContain(identifier)
  })

  it('a deleted talk is reported as deleted, in lists and by GetRecord', async () => {
    const doomed = await createAsAdmin('talks', { title: `Gelöscht ${word}`, _status: 'published' })
    const deleted = await request(`/api/talks/${doomed.id}`, {
      method: 'DELETE',
      headers: await adminHeaders(),
    })
    expect(deleted.status).toBe(200)
    const record = await oai(
      `verb=GetRecord&metadataPrefix=oai_dc&identifier=${identifierOf(doomed.id)}`,
    )
    await valid(record)
    expect(record).toContain('<header status="deleted">')
    const stamp = datestampIn(record)!
    // As a harvester reads a window: every page, following the resumption tokens (a talk saved in
    // the same second fills the first page, the deleted records come on the next).
    const pages = [
      await oai(
        `verb=ListIdentifiers&metadataPrefix=oai_dc&set=talks&from=${stamp}&until=${stamp}`,
      ),
    ]
    for (let token = resumptionTokenIn(pages[0]); token; token = resumptionTokenIn(pages.at(-1)!)) {
      pages.push(await oai(`verb=ListIdentifiers&resumptionToken=${token}`))
    }
    for (const page of pages) await valid(page)
    expect(pages.join('')).toContain(
      `<header status="deleted"><identifier>${identifierOf(doomed.id)}`,
    )
  })

  it('unpublishing after an autosaved draft is reported; what was never public leaves no trace', async () => {
    const admin = await adminHeaders()
    const save = (id: string, body: Record<string, unknown>, query = '') =>
      request(`/api/talks/${id}${query}`, { method: 'PATCH', headers: admin, body })
    const getRecord = (id: string) =>
      oai(`verb=GetRecord&metadataPrefix=oai_dc&identifier=${identifierOf(id)}`)

    const withdrawn = await createAsAdmin('talks', {
      title: `Zurückgezogen ${word}`,
      _status: 'published',
    })
    expect(
      (await save(withdrawn.id, { title: `Überarbeitet ${word}` }, '?draft=true&autosave=true'))
        .status,
    ).toBe(200)
    expect((await save(withdrawn.id, { _status: 'draft' })).status).toBe(200)
    expect(await getRecord(withdrawn.id)).toContain('<header status="deleted">')

    const neverPublic = await createAsAdmin('talks', {
      title: `Gesperrt ${word}`,
      _status: 'published',
      embargoUntil: new Date(Date.now() + 86_400_000).toISOString(),
    })
    expect((await save(neverPublic.id, { _status: 'draft' })).status).toBe(200)
    const draft = await createAsAdmin('talks', { title: `Entwurf ${word}`, _status: 'draft' })
    expect(
      (await request(`/api/talks/${draft.id}`, { method: 'DELETE', headers: admin })).status,
    ).toBe(200)
    for (const id of [neverPublic.id, draft.id]) {
      expect(errorCode(await getRecord(id))).toBe('idDoesNotExist')
    }
  })

  it('a resumption token forged with an impossible date is badResumptionToken', async () => {
    const token = Buffer.from(
      JSON.stringify({ from: 'x', collection: 0, page: 1, cursor: 0, verb: 'ListRecords' }),
    ).toString('base64url')
    const xml = await oai(`verb=ListRecords&resumptionToken=${token}`)
    expect(errorCode(xml)).toBe('badResumptionToken')
    expect(errorCode(await oai('verb=constructor'))).toBe('badVerb')
  })
})
