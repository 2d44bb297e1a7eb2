import { adminHeaders, request } from '../helpers/actors'
import { eventually, getPage, isIndexed, uniqueWord } from '../helpers/api'

/**
 * An editor changes a published talk (the admin autosaves a draft), then unpublishes it. The
 * version before the unpublish is that draft, not the published talk: the after-save hooks must
 * still see that something public was taken back.
 */
describe('unpublishing after an autosaved draft', () => {
  it('takes the talk out of the index and off the site', async () => {
    const headers = await adminHeaders()
    const word = uniqueWord('Rueckzug')
    const created = await request<{ doc: { id: string; slug: string } }>('/api/talks', {
      method: 'POST',
      headers,
      body: { title: `Zurückgezogen ${word}`, _status: 'published' },
    })
    expect(created.status).toBe(201)
    const { id, slug } = created.json.doc
    await eventually('the talk is indexed', () => isIndexed(`talks-${id}`))
    expect((await getPage(`/vortraege/${slug}`)).status).toBe(200)

    const autosaved = await request(`/api/talks/${id}?draft=true&autosave=true`, {
      method: 'PATCH',
      headers,
      body: { title: `Überarbeitet ${word}` },
    })
    expect(autosaved.status).toBe(200)
    const unpublished = await request(`/api/talks/${id}`, {
      method: 'PATCH',
      headers,
      body: { _status: 'draft' },
    })
    expect(unpublished.status).toBe(200)

    await eventually('the talk leaves the index', async () => !(await isIndexed(`talks-${id}`)))
    expect((await getPage(`/vortraege/${slug}`)).status).toBe(404)
  })
})
