import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

import { adminHeaders, request } from '../helpers/actors'
import { stack, uniqueWord } from '../helpers/api'

const run = promisify(execFile)

type DcRecord = {
  header: { identifier: string; datestamp: string; setSpec: string }
  metadata: { 'oai_dc:dc': Record<string, string | string[]> }
}
type Harvest = {
  identify: { repositoryName: string; protocolVersion: string; baseURL: string }
  records: DcRecord[]
  headers: { identifier: string }[]
  single: DcRecord | null
  sets: { setSpec: string }[]
}

const NOTES = 60 // more than one page (50), so the harvest needs a resumption token
let published: string[]
let hidden: string[]
let author: { id: string; name: string }
let topicTitle: string

const oai = async (query: string) => {
  const response = await fetch(new URL(`/oai?${query}`, stack().appUrl))
  return { status: response.status, xml: await response.text() }
}

const harvest = async (set: string, identifier = ''): Promise<Harvest> => {
  const { stdout } = await run(
    process.execPath,
    ['tests/scripts/oaiHarvest.cjs', new URL('/oai', stack().appUrl).toString(), set, identifier],
    { cwd: stack().root, env: { ...process.env, NODE_OPTIONS: '' }, timeout: 120_000 },
  )
  return JSON.parse(stdout) as Harvest
}

beforeAll(async () => {
  const headers = await adminHeaders()
  const word = uniqueWord()
  const person = await request<{ doc: { id: string; name: string } }>('/api/people', {
    method: 'POST',
    headers,
    body: { name: `Autorin ${word}` },
  })
  author = person.json.doc
  const topic = await request<{ doc: { id: string; title: string } }>('/api/topics', {
    method: 'POST',
    headers,
    body: { title: `Harvest ${word}` },
  })
  topicTitle = topic.json.doc.title
  const create = async (n: number, extra: Record<string, unknown>, draft = false) => {
    const { status, json } = await request<{ doc: { id: string } }>(
      `/api/researchNotes${draft ? '?draft=true' : ''}`,
      {
        method: 'POST',
        headers,
        body: {
          title: `Forschungsnotiz ${word} ${n}`,
          abstract: `Zusammenfassung ${n}`,
          authors: [author.id],
          topics: [topic.json.doc.id],
          ...extra,
        },
      },
    )
    expect(status).toBe(201)
    return json.doc.id
  }
  published = []
  for (let n = 0; n < NOTES; n += 1) published.push(await create(n, { _status: 'published' }))
  hidden = [
    await create(NOTES, { _status: 'draft' }, true),
    await create(NOTES + 1, {
      _status: 'published',
      embargoUntil: new Date(Date.now() + 86_400_000).toISOString(),
    }),
  ]
}, 120_000)

describe('OAI-PMH 2.0 at /oai, harvested with the oai-pmh client library', () => {
  it('identifies itself, lists its sets, and harvests every published research note across pages', async () => {
    const host = new URL(stack().appEnv.SERVER_URL).hostname
    const first = `oai:${host}:research-notes/${published[0]}`
    const result = await harvest('research-notes', first)

    expect(result.identify).toMatchObject({ repositoryName: 'Wissenshub', protocolVersion: '2.0' })
    expect(result.sets.map((set) => set.setSpec)).toEqual(['talks', 'research-notes'])

    const identifiers = result.records.map((record) => record.header.identifier)
    expect(new Set(identifiers).size).toBe(identifiers.length)
    for (const id of published) expect(identifiers).toContain(`oai:${host}:research-notes/${id}`)
    for (const id of hidden) expect(identifiers).not.toContain(`oai:${host}:research-notes/${id}`)
    expect(result.headers.map((header) => header.identifier)).toEqual(identifiers)

    const dc = result.single!.metadata['oai_dc:dc']
    expect(result.single!.header.identifier).toBe(first)
    expect(dc['dc:creator']).toBe(author.name)
    expect(dc['dc:subject']).toBe(topicTitle)
    expect(dc['dc:rights']).toBe('https://creativecommons.org/licenses/by/4.0/')
  }, 120_000)

  it('answers protocol errors with their OAI-PMH codes', async () => {
    const cases: [string, string][] = [
      ['verb=Harvest', 'badVerb'],
      ['verb=ListRecords', 'badArgument'],
      ['verb=ListRecords&metadataPrefix=marc21', 'cannotDisseminateFormat'],
      ['verb=ListRecords&metadataPrefix=oai_dc&resumptionToken=x', 'badArgument'],
      ['verb=ListRecords&resumptionToken=nonsense', 'badResumptionToken'],
      ['verb=ListRecords&metadataPrefix=oai_dc&from=2026-13-45T', 'badArgument'],
      ['verb=ListRecords&metadataPrefix=oai_dc&from=2999-01-01', 'noRecordsMatch'],
      [
        `verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:x:talks/${hidden[0]}`,
        'idDoesNotExist',
      ],
      ['verb=Identify&verb=Identify', 'badArgument'],
    ]
    for (const [query, code] of cases) {
      const { status, xml } = await oai(query)
      expect({ query, status, code: /<error code="(\w+)"/.exec(xml)?.[1] }).toEqual({
        query,
        status: 200,
        code,
      })
    }
  })
})
