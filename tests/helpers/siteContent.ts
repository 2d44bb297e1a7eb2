import { EVENT_SLUG } from '../../src/seed/conference/event'
import { createAsAdmin, request } from './actors'
import { eventually, isIndexed, stack, uniqueWord } from './api'
import { runScript } from './runScript'

type Listed = { docs: { id: string }[] }

/** The seed event and its public contributions, as search record ids. */
async function seedRecordIds(): Promise<string[]> {
  const { json } = await request<Listed>(`/api/events?where[slug][equals]=${EVENT_SLUG}&depth=0`)
  const event = json.docs[0]
  if (!event) return []
  const contributions = await Promise.all(
    (['talks', 'impulses', 'panels', 'pressReleases'] as const).map(async (collection) => {
      const { json: listed } = await request<Listed>(
        `/api/${collection}?where[event][equals]=${event.id}&depth=0&limit=100`,
      )
      return listed.docs.map((doc) => `${collection}-${doc.id}`)
    }),
  )
  return [`events-${event.id}`, ...contributions.flat()]
}

/**
 * Loads the demo conference into the test stack unless an earlier test file already did, and
 * waits until all of it is searchable (the seed queues its index jobs; the app runs them).
 */
export async function ensureConferenceSeeded() {
  if ((await seedRecordIds()).length === 0) {
    await runScript('scripts/seed.ts', [], { ADMIN_PASSWORD: stack().admin.password })
  }
  const ids = await seedRecordIds()
  await eventually(
    'the seed conference is searchable',
    async () => (await Promise.all(ids.map((id) => isIndexed(id)))).every(Boolean),
    // On a loaded machine Meilisearch tasks time out and the sync jobs retry with back-off.
    180_000,
  )
}

const A_YEAR_AHEAD = () => new Date(Date.now() + 365 * 24 * 3600 * 1000).toISOString()

/**
 * What the site tests need beyond the seed (which has no impulse or research note): one person
 * and one topic that only these documents name, a public talk, impulse and research note, and
 * three that must stay off every public page — a draft talk, an embargoed talk and an embargoed
 * press release. All titles contain `word`, so one search finds them all.
 */
export async function createSiteFixtures() {
  const word = uniqueWord('Sichtbarkeit')
  const person = await createAsAdmin('people', { name: `Erika Prüfer ${word}` })
  const topic = await createAsAdmin('topics', { title: `Prüfthema ${word}` })
  const shared = { speakers: [person.id], topics: [topic.id] }
  const publicTalk = await createAsAdmin('talks', {
    title: `Öffentlicher Vortrag ${word}`,
    abstract: `Ein öffentlicher Vortrag über Lernkultur im Betrieb (${word}).`,
    ...shared,
    _status: 'published',
  })
  const draftTalk = await createAsAdmin(
    'talks',
    { title: `Entwurf eines Vortrags ${word}`, ...shared, _status: 'draft' },
    { draft: true },
  )
  const embargoedTalk = await createAsAdmin('talks', {
    title: `Gesperrter Vortrag ${word}`,
    ...shared,
    embargoUntil: A_YEAR_AHEAD(),
    _status: 'published',
  })
  const embargoedRelease = await createAsAdmin('pressReleases', {
    title: `Gesperrte Pressemitteilung ${word}`,
    topics: [topic.id],
    embargoUntil: A_YEAR_AHEAD(),
    _status: 'published',
  })
  const impulse = await createAsAdmin('impulses', {
    title: `Impuls zur Weiterbildung ${word}`,
    summary: 'Drei Thesen zur betrieblichen Weiterbildung.',
    authors: [person.id],
    topics: [topic.id],
    _status: 'published',
  })
  const researchNote = await createAsAdmin('researchNotes', {
    title: `Forschungsnotiz Kompetenzen ${word}`,
    abstract: 'Was Beschäftigte im digitalen Wandel lernen.',
    authors: [person.id],
    topics: [topic.id],
    _status: 'published',
  })
  await eventually('the public talk is searchable', () => isIndexed(`talks-${publicTalk.id}`))
  return {
    word,
    person,
    topic,
    publicTalk,
    draftTalk,
    embargoedTalk,
    embargoedRelease,
    impulse,
    researchNote,
  }
}

export type SiteFixtures = Awaited<ReturnType<typeof createSiteFixtures>>

/**
 * What the public-surface tests (feeds, sitemap, citations) look for, all on one fresh topic:
 * published items that must show, and a draft and a press release under embargo that must not.
 */
export async function createSiteContent(
  publishedAt: { researchNote: string; talk: string } = {
    researchNote: '2026-03-02T09:00:00.000Z',
    talk: '2026-04-15T10:00:00.000Z',
  },
) {
  const word = uniqueWord('Sichtbar')
  const topic = await createAsAdmin('topics', { title: `Thema ${word}` })
  const publisher = await createAsAdmin('organisations', {
    name: `Institut ${word}`,
    kind: 'thinkTank',
  })
  const [author, coAuthor] = await Promise.all([
    createAsAdmin('people', { name: `Erika ${word}` }),
    createAsAdmin('people', { name: `Max Mustermann${word}` }),
  ])
  const topics = [topic.id]
  const researchNote = await createAsAdmin('researchNotes', {
    title: `Forschungsnotiz ${word}`,
    abstract: `Worum es in ${word} geht.`,
    authors: [author.id, coAuthor.id],
    doi: `10.5555/${word.toLowerCase()}`,
    licence: 'CC-BY-4.0',
    citation: { publisher: publisher.id, series: 'Working Paper', number: '7', place: 'Berlin' },
    publishedAt: publishedAt.researchNote,
    topics,
    _status: 'published',
  })
  const talk = await createAsAdmin('talks', {
    title: `Vortrag ${word}`,
    abstract: `Kurzfassung ${word}`,
    speakers: [author.id],
    publishedAt: publishedAt.talk,
    topics,
    _status: 'published',
  })
  const draftTalk = await createAsAdmin(
    'talks',
    { title: `Entwurf ${word}`, topics, speakers: [author.id], _status: 'draft' },
    { draft: true },
  )
  const embargoedRelease = await createAsAdmin('pressReleases', {
    title: `Sperrfrist ${word}`,
    summary: 'Noch nicht öffentlich',
    embargoUntil: new Date(Date.now() + 3_600_000).toISOString(),
    topics,
    _status: 'published',
  })
  return {
    word,
    topic,
    publisher,
    author,
    coAuthor,
    researchNote,
    talk,
    draftTalk,
    embargoedRelease,
  }
}
