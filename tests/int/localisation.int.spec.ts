import { adminHeaders, request } from '../helpers/actors'
import { uniqueWord } from '../helpers/api'

type Talk = { id: string; title: string; abstract?: string }

describe('localisation', () => {
  it('serves German by default and falls back to German where English is missing', async () => {
    const word = uniqueWord()
    const created = await request<{ doc: Talk }>('/api/talks', {
      method: 'POST',
      headers: await adminHeaders(),
      body: {
        title: `Weiterbildung im Betrieb ${word}`,
        abstract: 'Nur auf Deutsch',
        _status: 'published',
      },
    })
    expect(created.status).toBe(201)
    const id = created.json.doc.id

    const englishBefore = await request<Talk>(`/api/talks/${id}?locale=en`)
    expect(englishBefore.json.title).toBe(`Weiterbildung im Betrieb ${word}`)

    const translated = await request(`/api/talks/${id}?locale=en`, {
      method: 'PATCH',
      headers: await adminHeaders(),
      body: { title: `Continuing training at work ${word}`, _status: 'published' },
    })
    expect(translated.status).toBe(200)

    const english = await request<Talk>(`/api/talks/${id}?locale=en`)
    expect(english.json.title).toBe(`Continuing training at work ${word}`)
    expect(english.json.abstract).toBe('Nur auf Deutsch')
    const german = await request<Talk>(`/api/talks/${id}`)
    expect(german.json.title).toBe(`Weiterbildung im Betrieb ${word}`)
  })
})
