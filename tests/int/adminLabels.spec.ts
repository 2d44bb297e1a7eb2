import type { CollectionConfig, GlobalConfig } from 'payload'

import { unlabelledFields } from '../../src/admin/unlabelledFields'

// The collections read settings (sign-in limits) when they load; any valid environment will do.
const ENVIRONMENT = {
  DATABASE_URI: 'mongodb://127.0.0.1:27017/wissenshub',
  PAYLOAD_SECRET: 'a'.repeat(40),
  MEILI_HOST: 'http://127.0.0.1:7700',
  MEILI_MASTER_KEY: 'b'.repeat(32),
}
let entities: (CollectionConfig | GlobalConfig)[] = []

beforeAll(async () => {
  for (const [name, value] of Object.entries(ENVIRONMENT)) process.env[name] ??= value
  // One after the other: Jest's ESM loader fails concurrent imports of shared modules.
  const { COLLECTIONS } = await import('../../collections')
  const { SearchSettings } = await import('../../src/globals/SearchSettings')
  entities = [...COLLECTIONS, SearchSettings]
})

describe('the admin speaks German', () => {
  it('labels every field and every array row (no "Reference hinzufügen")', () => {
    expect(entities.length).toBeGreaterThan(10)
    expect(unlabelledFields(entities)).toEqual([])
  })

  it('finds an unlabelled field and an unlabelled array', () => {
    const entity = {
      slug: 'probe',
      fields: [
        { name: 'labelled', type: 'text', label: { de: 'Beschriftet', en: 'Labelled' } },
        { name: 'bare', type: 'text' },
        { name: 'rows', type: 'array', label: { de: 'Zeilen', en: 'Rows' }, fields: [] },
      ],
    } as Parameters<typeof unlabelledFields>[0][number]
    expect(unlabelledFields([entity])).toEqual(['probe.bare', 'probe.rows (rows)'])
  })
})
