import fs from 'node:fs'

import { parse } from 'node-html-parser'

import { formatAdminDateTime } from '../../src/admin/formatAdminDateTime'
import { createActor, request, type Actor } from '../helpers/actors'
import { eventually, stack, staysFalse, uniqueWord } from '../helpers/api'

/** Payload's console e-mail adapter (no adapter configured) logs each message it would send. */
const CONSOLE_MAIL = 'Email attempted without being configured.'

function mailLines(subjectPart: string) {
  return fs
    .readFileSync(stack().serverLog, 'utf8')
    .split('\n')
    .filter((line) => line.includes(CONSOLE_MAIL) && line.includes(subjectPart))
}

async function createDraft(actor: Actor, collection: string, data: Record<string, unknown>) {
  const created = await request<{ doc: { id: string; updatedAt: string } }>(
    `/api/${collection}?draft=true`,
    { method: 'POST', headers: actor.headers, body: data },
  )
  expect(created.status).toBe(201)
  return created.json.doc
}

/** What the admin's "Zur Prüfung einreichen" sends: the draft, marked "In Prüfung". */
async function submitForReview(actor: Actor, collection: string, id: string) {
  const submitted = await request<{ doc: { workflowStatus: string; _status: string } }>(
    `/api/${collection}/${id}?draft=true`,
    {
      method: 'PATCH',
      headers: actor.headers,
      body: { _status: 'draft', workflowStatus: 'inReview' },
    },
  )
  expect(submitted.status).toBe(200)
  expect(submitted.json.doc).toMatchObject({ workflowStatus: 'inReview', _status: 'draft' })
}

async function emailOf(actor: Actor) {
  const me = await request<{ user: { email: string } }>('/api/users/me', { headers: actor.headers })
  return me.json.user.email
}

/** The rows of the review inbox on an admin page whose title contains `word`. */
async function inboxRows(actor: Actor, path: string, word: string) {
  const response = await fetch(new URL(path, stack().appUrl), { headers: actor.headers })
  expect(response.status).toBe(200)
  const html = parse(await response.text())
  return {
    html,
    rows: html
      .querySelectorAll('[data-testid="review-inbox"] tbody tr')
      .map((row) => row.querySelectorAll('td'))
      .map(([type, title, author, date]) => ({
        type: type.text,
        title: title.text,
        href: title.querySelector('a')?.getAttribute('href'),
        author: author.text,
        date: date.text,
        dateTime: date.querySelector('time')?.getAttribute('datetime') ?? '',
      }))
      .filter((row) => row.title.includes(word)),
  }
}

let author: Actor
let otherAuthor: Actor
let editor: Actor
beforeAll(async () => {
  author = await createActor('author', 'Rita Researcher')
  otherAuthor = await createActor('author', 'Otto Other')
  editor = await createActor('editor', 'Erika Editor')
})

describe('submitting for review', () => {
  it('e-mails editors and admins once, through a job, with title, type and author', async () => {
    const title = `Notiz ${uniqueWord('Pruefmail')}`
    const note = await createDraft(author, 'researchNotes', { title })
    expect(mailLines(title)).toHaveLength(0)

    await submitForReview(author, 'researchNotes', note.id)
    await eventually('the notification job sent the mail', async () => mailLines(title).length > 0)
    const [line] = mailLines(title)
    expect(line).toContain(`Subject: 'Zur Prüfung eingereicht: ${title}'`)
    expect(line).toContain(await emailOf(editor))
    expect(line).toContain(stack().admin.email)
    // Authors are not reviewers.
    expect(line).not.toContain(await emailOf(author))

    // Autosaves of a document already in review do not notify again.
    await request(`/api/researchNotes/${note.id}?draft=true&autosave=true`, {
      method: 'PATCH',
      headers: author.headers,
      body: { title, workflowStatus: 'inReview' },
    })
    await staysFalse('a second mail', async () => mailLines(title).length > 1, 3_000)
  })
})

describe('versions of a submission', () => {
  it('are readable by their author, not by other authors', async () => {
    const note = await createDraft(author, 'researchNotes', { title: uniqueWord('Versionen') })
    await submitForReview(author, 'researchNotes', note.id)
    const versionsAs = (actor: Actor) =>
      request<{ totalDocs: number }>(
        `/api/researchNotes/versions?where[parent][equals]=${note.id}&depth=0`,
        { headers: actor.headers },
      )
    const own = await versionsAs(author)
    expect(own.status).toBe(200)
    expect(own.json.totalDocs).toBeGreaterThanOrEqual(2)
    const others = await versionsAs(otherAuthor)
    expect(others.status).toBe(200)
    expect(others.json.totalDocs).toBe(0)
  })
})

describe('the review inbox', () => {
  const word = uniqueWord('Eingang')
  const submitted: { collection: string; id: string; title: string }[] = []

  beforeAll(async () => {
    // Three types, one after the other, so that their order is known: the press release is newest.
    for (const [collection, title] of [
      ['talks', `Vortrag ${word}`],
      ['researchNotes', `Notiz ${word}`],
      ['pressReleases', `Mitteilung ${word}`],
    ]) {
      const doc = await createDraft(author, collection, { title })
      await submitForReview(author, collection, doc.id)
      submitted.push({ collection, id: doc.id, title })
    }
    // A draft not submitted stays out of the inbox.
    await createDraft(otherAuthor, 'impulses', { title: `Entwurf ${word}` })
  })

  it('lists in-review items of every type for editors, newest first, with author and date', async () => {
    const { rows } = await inboxRows(editor, '/admin/pruefung', word)
    expect(rows.map((row) => row.title)).toEqual(submitted.map((item) => item.title).reverse())
    expect(rows.map((row) => row.type)).toEqual(['Pressemitteilung', 'Forschungsnotiz', 'Vortrag'])
    expect(rows.map((row) => row.href)).toEqual(
      [...submitted].reverse().map((item) => `/admin/collections/${item.collection}/${item.id}`),
    )
    for (const row of rows) {
      expect(row.author).toBe('Rita Researcher')
      expect(row.date).toMatch(/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/)
      expect(row.date).toBe(formatAdminDateTime(row.dateTime))
    }
  })

  it('is on the editors’ dashboard too', async () => {
    const { rows } = await inboxRows(editor, '/admin', word)
    expect(rows.map((row) => row.title)).toEqual(submitted.map((item) => item.title).reverse())
  })

  it('shows authors no one’s submissions, and no link to it', async () => {
    const view = await inboxRows(otherAuthor, '/admin/pruefung', word)
    expect(view.rows).toHaveLength(0)
    expect(view.html.text).toContain('Nur Redaktion und Administration sehen den Prüfungseingang')
    const dashboard = await inboxRows(author, '/admin', word)
    expect(dashboard.rows).toHaveLength(0)
    expect(dashboard.html.querySelector('a[href="/admin/pruefung"]')).toBeNull()
  })
})

describe('formatAdminDateTime', () => {
  it('shows the Berlin wall clock, 24-hour, in summer and winter time', () => {
    expect(formatAdminDateTime('2026-11-30T22:18:00Z')).toBe('30.11.2026, 23:18')
    expect(formatAdminDateTime('2026-07-01T00:05:00Z')).toBe('01.07.2026, 02:05')
  })
})
