import {
  adminHeaders,
  anonymous,
  createActor,
  graphql,
  request,
  type Actor,
} from '../helpers/actors'
import { eventually, getPage, isIndexed, uniqueWord } from '../helpers/api'

type Release = { id: string; slug: string; title: string; underEmbargo?: boolean }
const EMBARGO_SECONDS = 12

let editor: Actor
let press: Actor
let partner: Actor
let release: Release
let embargoLiftsAt: Date

beforeAll(async () => {
  ;[editor, press, partner] = await Promise.all([
    createActor('editor'),
    createActor('press'),
    createActor('partner'),
  ])
  embargoLiftsAt = new Date(Date.now() + EMBARGO_SECONDS * 1000)
  const created = await request<{ doc: Release }>('/api/pressReleases', {
    method: 'POST',
    headers: await adminHeaders(),
    body: {
      title: `Sperrfrist ${uniqueWord()}`,
      summary: 'Vorab an die Presse',
      embargoUntil: embargoLiftsAt.toISOString(),
      _status: 'published',
    },
  })
  expect(created.status).toBe(201)
  release = created.json.doc
})

const restSees = async (actor: Actor) => {
  const list = await request<{ docs: Release[] }>('/api/pressReleases?limit=1000&depth=0', {
    headers: actor.headers,
  })
  const byId = await request<Release>(`/api/pressReleases/${release.id}`, {
    headers: actor.headers,
  })
  return {
    inList: list.json.docs.some((doc) => doc.id === release.id),
    byId: byId.status,
    doc: byId.json,
  }
}

const graphqlSees = async (actor: Actor) => {
  const { json } = await graphql<{ PressReleases: { docs: { id: string }[] } }>(
    '{ PressReleases(limit: 1000) { docs { id } } }',
    actor.headers,
  )
  expect(json.errors).toBeUndefined()
  return json.data!.PressReleases.docs.some((doc) => doc.id === release.id)
}

describe('a press release under embargo (Sperrfrist)', () => {
  it('is invisible on every public surface before its Sperrfrist', async () => {
    for (const actor of [anonymous, partner]) {
      const seen = await restSees(actor)
      expect(seen.inList).toBe(false)
      expect(seen.byId).toBe(404)
      expect(await graphqlSees(actor)).toBe(false)
    }
    expect((await getPage(`/presse/${release.slug}`)).status).toBe(404)
    // Give the index job time to run: it must not add the release.
    await new Promise((resolve) => setTimeout(resolve, 2_500))
    expect(await isIndexed(`pressReleases-${release.id}`)).toBe(false)
  })

  it('is readable early by accredited press, marked as under embargo', async () => {
    const seen = await restSees(press)
    expect(seen.inList).toBe(true)
    expect(seen.byId).toBe(200)
    expect(seen.doc.underEmbargo).toBe(true)
    expect(await graphqlSees(press)).toBe(true)
  })

  it('becomes public at its minute without anyone acting', async () => {
    const wait = embargoLiftsAt.getTime() - Date.now()
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait + 250))

    const seen = await restSees(anonymous)
    expect(seen.inList).toBe(true)
    expect(seen.byId).toBe(200)
    expect(seen.doc.underEmbargo).toBe(false)
    expect(await graphqlSees(partner)).toBe(true)
    // The page's cached "not found" is dropped by the job queued for the embargo's minute.
    await eventually(
      'the release’s page is public',
      async () => (await getPage(`/presse/${release.slug}`)).status === 200,
      10_000,
    )
    await eventually('the release is searchable', () => isIndexed(`pressReleases-${release.id}`))
  })

  it('editors see it the whole time', async () => {
    expect((await restSees(editor)).byId).toBe(200)
  })
})
