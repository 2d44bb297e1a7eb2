import { adminHeaders, request } from '../helpers/actors'
import { eventually, getPage, isIndexed, uniqueWord } from '../helpers/api'
import { runScript } from '../helpers/runScript'

describe('scheduled publishing', () => {
  it('publishes a draft at its time through the jobs runner, indexes it and shows its page', async () => {
    const draft = await request<{ doc: { id: string; slug: string } }>('/api/talks?draft=true', {
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
    // Asked for before its time, the page's "not found" goes into the site's cache; the job
    // publishes outside any request and must still drop it.
    const page = `/vortraege/${draft.json.doc.slug}`
    expect((await getPage(page)).status).toBe(404)
    await eventually(
      'the talk is public',
      async () => (await request(`/api/talks/${id}`)).status === 200,
      30_000,
    )
    expect(Date.now()).toBeGreaterThanOrEqual(publishAt.getTime())
    await eventually('the talk is indexed', () => isIndexed(`talks-${id}`))
    // Well within the cache's maximum age (60 s), so only the job's revalidation can explain it.
    await eventually(
      'the talk’s page is public',
      async () => (await getPage(page)).status === 200,
      10_000,
    )
  })
})
