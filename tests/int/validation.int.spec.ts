import { adminHeaders, request } from '../helpers/actors'
import { uniqueWord } from '../helpers/api'

type ValidationErrorBody = {
  errors: {
    name: string
    message: string
    data?: { errors: { path: string; message: string }[] }
  }[]
}

async function countTalks() {
  const { json } = await request<{ totalDocs: number }>('/api/talks?limit=0&draft=true', {
    headers: await adminHeaders(),
  })
  return json.totalDocs
}

describe('validation', () => {
  it('answers invalid input with 400 and a message per field, and saves nothing', async () => {
    const before = await countTalks()
    const { status, json } = await request<ValidationErrorBody>('/api/researchNotes', {
      method: 'POST',
      headers: await adminHeaders(),
      body: { _status: 'published', doi: 'https://doi.org/not-a-doi' },
    })
    expect(status).toBe(400)
    const fields = json.errors[0].data?.errors.map((error) => error.path) ?? []
    expect(fields).toEqual(expect.arrayContaining(['title', 'authors', 'doi']))
    const doiMessage = json.errors[0].data?.errors.find((error) => error.path === 'doi')?.message
    expect(doiMessage).toMatch(/10\.1234/)
    expect(await countTalks()).toBe(before)
  })

  it('keeps slugs unique and transliterates German', async () => {
    const word = uniqueWord()
    const title = `Übergänge & Größe ${word}`
    const first = await request<{ doc: { slug: string } }>('/api/talks', {
      method: 'POST',
      headers: await adminHeaders(),
      body: { title, _status: 'published' },
    })
    expect(first.status).toBe(201)
    expect(first.json.doc.slug).toBe(`uebergaenge-und-groesse-${word.toLowerCase()}`)

    const before = await countTalks()
    const second = await request<ValidationErrorBody>('/api/talks', {
      method: 'POST',
      headers: await adminHeaders(),
      body: { title, _status: 'published' },
    })
    expect(second.status).toBe(400)
    expect(second.json.errors[0].data?.errors.map((error) => error.path)).toContain('slug')
    expect(await countTalks()).toBe(before)
  })
})
