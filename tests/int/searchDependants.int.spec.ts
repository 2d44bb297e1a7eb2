import { adminHeaders, request } from '../helpers/actors'
import { eventually, meiliAdmin, uniqueWord } from '../helpers/api'

type Record = { people: string[]; topics: string[] }

async function record(id: string): Promise<Record | undefined> {
  try {
    return await meiliAdmin().index('publications-de').getDocument<Record>(`talks-${id}`)
  } catch {
    return undefined
  }
}

describe('records follow the people and topics they show', () => {
  it('re-indexes a talk when its speaker is renamed or deleted, and its topic renamed', async () => {
    const headers = await adminHeaders()
    const name = `Erika Beispiel ${uniqueWord()}`
    const person = await request<{ doc: { id: string } }>('/api/people', {
      method: 'POST',
      headers,
      body: { name },
    })
    const topic = await request<{ doc: { id: string } }>('/api/topics', {
      method: 'POST',
      headers,
      body: { title: `Thema ${uniqueWord()}` },
    })
    const talk = await request<{ doc: { id: string } }>('/api/talks', {
      method: 'POST',
      headers,
      body: {
        title: `Vortrag ${uniqueWord()}`,
        speakers: [person.json.doc.id],
        topics: [topic.json.doc.id],
        _status: 'published',
      },
    })
    const id = talk.json.doc.id
    await eventually(
      'the talk shows its speaker',
      async () => (await record(id))?.people.includes(name) ?? false,
    )

    const renamed = `Erika Umbenannt ${uniqueWord()}`
    await request(`/api/people/${person.json.doc.id}`, {
      method: 'PATCH',
      headers,
      body: { name: renamed },
    })
    await eventually('the record shows the new name', async () => {
      const people = (await record(id))?.people ?? []
      return people.includes(renamed) && !people.includes(name)
    })

    const topicTitle = `Neues Thema ${uniqueWord()}`
    await request(`/api/topics/${topic.json.doc.id}`, {
      method: 'PATCH',
      headers,
      body: { title: topicTitle },
    })
    await eventually('the record shows the new topic title', async () =>
      ((await record(id))?.topics ?? []).includes(topicTitle),
    )

    await request(`/api/people/${person.json.doc.id}`, { method: 'DELETE', headers })
    await eventually('the deleted speaker leaves the record', async () => {
      const current = await record(id)
      return current !== undefined && current.people.length === 0
    })
  })
})
