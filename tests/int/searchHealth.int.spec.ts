import type { SearchIndexHealth } from '../../src/search/indexHealth'
import { adminHeaders, anonymous, createActor, request } from '../helpers/actors'
import { eventually } from '../helpers/api'

const health = async (headers: Record<string, string>) =>
  request<SearchIndexHealth>('/api/search/health', { headers })

const consistent = (report: SearchIndexHealth) =>
  report.search.ok && report.types.every((row) => row.indexed.de === row.publicInDatabase)

describe('search index health', () => {
  it('shows editors the database and the index side by side; hides it from others', async () => {
    const editor = await createActor('editor')
    const partner = await createActor('partner')
    expect((await health(anonymous.headers)).status).toBe(403)
    expect((await health(partner.headers)).status).toBe(403)
    const { status, json } = await health(editor.headers)
    expect(status).toBe(200)
    expect(json.types.map((row) => row.collection)).toContain('talks')
    expect(json.jobs).toEqual(
      expect.objectContaining({ pending: expect.any(Number), failed: expect.any(Number) }),
    )
    await eventually(
      'database and index agree',
      async () => consistent((await health(editor.headers)).json),
      20_000,
    )
  })

  it('lets only admins queue a rebuild, which keeps database and index in agreement', async () => {
    const editor = await createActor('editor')
    const denied = await request('/api/search/reindex', { method: 'POST', headers: editor.headers })
    expect(denied.status).toBe(403)
    const queued = await request<{ queued: boolean }>('/api/search/reindex', {
      method: 'POST',
      headers: await adminHeaders(),
    })
    expect(queued.status).toBe(202)
    await eventually(
      'the rebuild ran and everything is consistent',
      async () => {
        const { json } = await health(await adminHeaders())
        return json.jobs.pending === 0 && consistent(json)
      },
      60_000,
    )
  })
})
