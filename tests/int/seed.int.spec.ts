import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

import { adminHeaders, request } from '../helpers/actors'
import { stack } from '../helpers/api'

const run = promisify(execFile)
const COLLECTIONS = [
  'events',
  'talks',
  'impulses',
  'panels',
  'researchNotes',
  'pressReleases',
  'people',
  'organisations',
  'topics',
  'media',
]

async function runSeed() {
  const { root, appEnv, admin } = stack()
  return run(
    process.execPath,
    ['--conditions=production', 'node_modules/tsx/dist/cli.mjs', 'scripts/seed.ts'],
    {
      cwd: root,
      env: { ...process.env, ...appEnv, ADMIN_PASSWORD: admin.password },
      timeout: 120_000,
    },
  )
}

async function counts() {
  const headers = await adminHeaders()
  const entries = await Promise.all(
    COLLECTIONS.map(async (collection) => {
      const { json } = await request<{ totalDocs: number }>(
        `/api/${collection}?limit=0&draft=true`,
        { headers },
      )
      return [collection, json.totalDocs] as const
    }),
  )
  return Object.fromEntries(entries)
}

describe('npm run seed', () => {
  it('loads the conference once: a second run changes no count', async () => {
    await runSeed()
    const afterFirst = await counts()
    expect(afterFirst.events).toBeGreaterThanOrEqual(1)
    expect(afterFirst.organisations).toBeGreaterThanOrEqual(16)

    await runSeed()
    expect(await counts()).toEqual(afterFirst)

    const { json } = await request<{
      docs: { title: string; format: string; yearInferred: boolean; programme: unknown[] }[]
    }>('/api/events?where[slug][like]=jahrestagung&depth=0')
    const conference = json.docs.find((event) =>
      event.title.includes('2. Arbeitspolitische Jahrestagung'),
    )
    expect(conference).toBeDefined()
    expect(conference?.format).toBe('virtual')
    expect(conference?.yearInferred).toBe(true)
    expect(conference?.programme.length).toBeGreaterThanOrEqual(5)
  }, 240_000)
})
