import { adminHeaders, request } from '../helpers/actors'
import { stack } from '../helpers/api'
import { runScript } from '../helpers/runScript'
import { ORG } from '../../src/seed/conference/organisations'
import { PANEL } from '../../src/seed/conference/panels'
import { PRESS_RELEASE_SLUG } from '../../src/seed/conference/pressRelease'

const COLLECTIONS = [
  'events',
  'talks',
  'impulses',
  'panels',
  'researchNotes',
  'pressReleases',
  'people',
  'organisations',
  'topics',
  'media',
]

function runSeed() {
  return runScript('scripts/seed.ts', [], { ADMIN_PASSWORD: stack().admin.password })
}

async function counts() {
  const headers = await adminHeaders()
  const entries = await Promise.all(
    COLLECTIONS.map(async (collection) => {
      const { json } = await request<{ totalDocs: number }>(
        `/api/${collection}?limit=0&draft=true`,
        { headers },
      )
      return [collection, json.totalDocs] as const
    }),
  )
  return Object.fromEntries(entries)
}

describe('npm run seed', () => {
  it('loads the conference once: a second run changes no count', async () => {
    await runSeed()
    const afterFirst = await counts()
    expect(afterFirst.events).toBeGreaterThanOrEqual(1)
    expect(afterFirst.organisations).toBeGreaterThanOrEqual(16)

    await runSeed()
    expect(await counts()).toEqual(afterFirst)

    const { json } = await request<{
      docs: { title: string; format: string; yearInferred: boolean; programme: unknown[] }[]
    }>('/api/events?where[slug][like]=jahrestagung&depth=0')
    const conference = json.docs.find((event) =>
      event.title.includes('2. Arbeitspolitische Jahrestagung'),
    )
    expect(conference).toBeDefined()
    expect(conference?.format).toBe('virtual')
    expect(conference?.yearInferred).toBe(true)
    expect(conference?.programme.length).toBeGreaterThanOrEqual(5)
  }, 240_000)

  it('tells the conference as structured data', async () => {
    const first = async <T>(collection: string, slug: string) => {
      const { json } = await request<{ docs: T[] }>(
        `/api/${collection}?where[slug][equals]=${slug}&depth=1`,
      )
      return json.docs[0]
    }
    const release = await first<{
      embargoUntil: string
      contacts: unknown[]
      figures: { credit: string }[]
    }>('pressReleases', PRESS_RELEASE_SLUG)
    expect(release.embargoUntil).toBe('2021-06-22T13:00:00.000Z')
    expect(release.contacts.length).toBeGreaterThanOrEqual(1)
    expect(release.figures.map((figure) => figure.credit)).toEqual([
      '© Zentrum digitale Arbeit / ARBEIT UND LEBEN Sachsen',
      '© Zentrum digitale Arbeit / ARBEIT UND LEBEN Sachsen',
    ])

    const podium = await first<{ guidingQuestions: unknown[]; findings: { anchor: string }[] }>(
      'panels',
      PANEL.podium,
    )
    expect(podium.guidingQuestions).toHaveLength(3)
    expect(podium.findings.length).toBeGreaterThanOrEqual(3)
    expect(new Set(podium.findings.map((finding) => finding.anchor)).size).toBe(
      podium.findings.length,
    )

    const centre = await first<{ relations: { kind: string }[] }>('organisations', ORG.zda)
    expect(centre.relations.map((relation) => relation.kind)).toEqual(
      expect.arrayContaining(['carriedBy', 'partner', 'fundedBy', 'coFundedBy']),
    )
  })
})
