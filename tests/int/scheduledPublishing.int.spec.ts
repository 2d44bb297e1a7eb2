import { adminHeaders, request } from '../helpers/actors'
import { eventually, isIndexed, uniqueWord } from '../helpers/api'
import { runScript } from '../helpers/runScript'

describe('scheduled publishing', () => {
  it('publishes a draft at its time through the jobs runner, and indexes it', async () => {
    const draft = await request<{ doc: { id: string } }>('/api/talks?draft=true', {
      method: 'POST',
      headers: await adminHeaders(),
      body: { title: `Geplant ${uniqueWord()}`, _status: 'draft' },
    })
    expect(draft.status).toBe(201)
    const id = draft.json.doc.id
    const { stdout } = await runScript('tests/scripts/schedulePublish.ts', ['talks', id, '15'])
    const publishAt = new Date(stdout.match(/scheduled for (\S+)/)![1]!)

    expect(Date.now()).toBeLessThan(publishAt.getTime())
    expect((await request(`/api/talks/${id}`)).status).toBe(404)
    await eventually(
      'the talk is public',
      async () => (await request(`/api/talks/${id}`)).status === 200,
      30_000,
    )
    expect(Date.now()).toBeGreaterThanOrEqual(publishAt.getTime())
    await eventually('the talk is indexed', () => isIndexed(`talks-${id}`))
  })
})
