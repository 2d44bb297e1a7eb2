import { adminHeaders, anonymous, createActor, request, type Actor } from '../helpers/actors'
import { uniqueWord } from '../helpers/api'
import { createPublication } from '../helpers/fixtures'

type Doc = Record<string, unknown> & { id: string }

/** How many levels of populated documents hang below `value` (a document counts as a level). */
function populatedLevels(value: unknown): number {
  if (Array.isArray(value)) return Math.max(0, ...value.map(populatedLevels))
  if (typeof value !== 'object' || value === null) return 0
  const below = Math.max(0, ...Object.values(value).map(populatedLevels))
  const isDocument = 'id' in value && 'createdAt' in value
  return below + (isDocument ? 1 : 0)
}

let editor: Actor
let partner: Actor
let talkA: string
let talkB: string

/**
 * A cycle as the seed has them: two talks related to each other, both in the programme of their
 * event, which each talk names. Before the limits, `?depth=10` followed it to the configured
 * maximum and back, and `?depth=100` did not finish.
 */
beforeAll(async () => {
  editor = { name: 'admin', role: 'admin', headers: await adminHeaders() }
  partner = await createActor('partner')
  const make = async () => {
    const { status, json } = await createPublication('talks', editor.headers, {
      status: 'published',
    })
    expect(status).toBe(201)
    return json.doc.id
  }
  talkA = await make()
  talkB = await make()
  const event = await createPublication('events', editor.headers, {
    status: 'published',
    extra: {
      programme: [
        {
          title: `Programmpunkt ${uniqueWord()}`,
          items: [
            { relationTo: 'talks', value: talkA },
            { relationTo: 'talks', value: talkB },
          ],
        },
      ],
    },
  })
  expect(event.status).toBe(201)
  const eventId = event.json.doc.id
  for (const [id, other] of [
    [talkA, talkB],
    [talkB, talkA],
  ]) {
    const linked = await request(`/api/talks/${id}`, {
      method: 'PATCH',
      headers: editor.headers,
      body: { event: eventId, related: [{ relationTo: 'talks', value: other }] },
    })
    expect(linked.status).toBe(200)
  }
})

const readTalks = (actor: Actor, depth: number) =>
  request<{ docs: Doc[] }>(`/api/talks?depth=${depth}&where[id][in]=${talkA},${talkB}`, {
    headers: actor.headers,
  })

describe('relationship depth', () => {
  it('caps what anonymous readers and partners may ask for at depth 2', async () => {
    for (const actor of [anonymous, partner]) {
      const { status, json } = await readTalks(actor, 10)
      expect(status).toBe(200)
      expect(json.docs).toHaveLength(2)
      // The talk itself, its event, the event's programme entries: no further.
      for (const doc of json.docs) expect(populatedLevels(doc)).toBeLessThanOrEqual(3)
    }
  })

  it('answers depth=100 at once instead of following the cycle', async () => {
    const started = Date.now()
    const { status } = await readTalks(anonymous, 100)
    expect(status).toBe(200)
    expect(Date.now() - started).toBeLessThan(20_000)
  }, 30_000)

  it('shows related content and programme items as links, never their own relations', async () => {
    const { json } = await readTalks(editor, 10)
    const talk = json.docs.find((doc) => doc.id === talkA)!
    const [related] = talk.related as { value: Doc }[]
    expect(related.value.id).toBe(talkB)
    expect(typeof related.value.title).toBe('string')
    // The related talk's own related items stay ids: the cycle ends here.
    expect((related.value.related as { value: unknown }[])[0].value).toBe(talkA)
    // The talk's event is there, its programme items (which lead back) only as ids.
    const event = talk.event as Doc
    const [viaTalk] = event.programme as { items: { value: unknown }[] }[]
    expect(typeof viaTalk.items[0].value).toBe('string')
    // Read directly (the event page), the event links its contributions; theirs stay ids.
    const direct = await request<Doc>(`/api/events/${event.id}?depth=10`, {
      headers: editor.headers,
    })
    const [entry] = direct.json.programme as { items: { value: Doc }[] }[]
    expect(typeof entry.items[0].value.title).toBe('string')
    expect(typeof entry.items[0].value.event).toBe('string')
  })

  it('caps everyone, editors included, at the configured maximum of 3', async () => {
    const { status, json } = await readTalks(editor, 10)
    expect(status).toBe(200)
    for (const doc of json.docs) expect(populatedLevels(doc)).toBeLessThanOrEqual(4)
  })

  it('keeps GraphQL queries from nesting without end', async () => {
    const nested = (levels: number): string =>
      levels === 0 ? 'id' : `id related { value { ... on Talk { ${nested(levels - 1)} } } }`
    const { status, json } = await request<{
      data?: unknown
      errors?: { message: string }[]
    }>('/api/graphql', {
      method: 'POST',
      body: { query: `{ Talks(limit: 5) { docs { ${nested(12)} } } }` },
    })
    // graphql-http answers a refused query 200 for `Accept: application/json`, 400 otherwise.
    expect([200, 400]).toContain(status)
    expect(json.data).toBeUndefined()
    expect(JSON.stringify(json.errors)).toMatch(/nested \d+ levels deep/)
  })
})
