/**
 * One date check for every date field: years outside 1000–9999 (which JavaScript accepts, and
 * feeds, OAI-PMH, sitemaps and API v1 cannot write) are refused at input with a 400 that says
 * what is expected.
 */
import { adminHeaders, request } from '../helpers/actors'
import { uniqueWord } from '../helpers/api'

type Refusal = {
  errors?: { message: string; data?: { errors?: { path: string; message: string }[] } }[]
}

it.each([
  ['publishedAt', 'talks', '+275760-09-13T00:00:00.000Z'],
  ['publishedAt', 'researchNotes', '-001000-01-01T00:00:00.000Z'],
  ['embargoUntil', 'pressReleases', '+010000-01-01T00:00:00.000Z'],
  ['startsAt', 'events', '0999-12-31T00:00:00.000Z'],
])(
  '%s of %s = %s is a 400 naming the field and the years allowed',
  async (field, collection, value) => {
    const { status, json } = await request<Refusal>(`/api/${collection}?draft=true`, {
      method: 'POST',
      headers: await adminHeaders(),
      body: { title: `Datum ${uniqueWord()}`, [field]: value, _status: 'draft' },
    })
    expect(status).toBe(400)
    const fieldErrors = json.errors?.flatMap((error) => error.data?.errors ?? []) ?? []
    expect(fieldErrors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: field, message: expect.stringContaining('1000 und 9999') }),
      ]),
    )
  },
)

it('a date in range is accepted', async () => {
  const { status } = await request(`/api/talks?draft=true`, {
    method: 'POST',
    headers: await adminHeaders(),
    body: {
      title: `Datum ${uniqueWord()}`,
      publishedAt: '2026-03-02T09:00:00.000Z',
      _status: 'draft',
    },
  })
  expect(status).toBe(201)
})
