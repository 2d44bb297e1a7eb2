import { adminHeaders, request } from './actors'
import { uniqueWord } from './api'

type Doc = { id: string; slug: string; title: string }

async function create(collection: string, body: Record<string, unknown>, draft = false) {
  const created = await request<{ doc: Doc }>(`/api/${collection}${draft ? '?draft=true' : ''}`, {
    method: 'POST',
    headers: await adminHeaders(),
    body,
  })
  if (created.status !== 201)
    throw new Error(
      `creating ${collection} failed: ${created.status} ${JSON.stringify(created.json)}`,
    )
  return created.json.doc
}

/**
 * What the public-surface tests (feeds, sitemap, citations) look for, all on one fresh topic:
 * published items that must show, and a draft and a press release under embargo that must not.
 */
export async function createSiteContent() {
  const word = uniqueWord('Sichtbar')
  const topic = await create('topics', { title: `Thema ${word}` })
  const publisher = await create('organisations', { name: `Institut ${word}`, kind: 'thinkTank' })
  const [author, coAuthor] = await Promise.all([
    create('people', { name: `Erika ${word}` }),
    create('people', { name: `Max Mustermann${word}` }),
  ])
  const topics = [topic.id]
  const researchNote = await create('researchNotes', {
    title: `Forschungsnotiz ${word}`,
    abstract: `Worum es in ${word} geht.`,
    authors: [author.id, coAuthor.id],
    doi: `10.5555/${word.toLowerCase()}`,
    licence: 'CC-BY-4.0',
    citation: { publisher: publisher.id, series: 'Working Paper', number: '7', place: 'Berlin' },
    publishedAt: '2026-03-02T09:00:00.000Z',
    topics,
    _status: 'published',
  })
  const talk = await create('talks', {
    title: `Vortrag ${word}`,
    abstract: `Kurzfassung ${word}`,
    speakers: [author.id],
    publishedAt: '2026-04-15T10:00:00.000Z',
    topics,
    _status: 'published',
  })
  const draftTalk = await create(
    'talks',
    { title: `Entwurf ${word}`, topics, speakers: [author.id], _status: 'draft' },
    true,
  )
  const embargoedRelease = await create('pressReleases', {
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
