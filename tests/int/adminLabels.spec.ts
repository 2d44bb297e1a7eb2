import { COLLECTIONS } from '../../collections'
import { unlabelledFields } from '../../src/admin/unlabelledFields'
import { SearchSettings } from '../../src/globals/SearchSettings'

describe('the admin speaks German', () => {
  it('labels every field and every array row (no "Reference hinzufügen")', () => {
    const entities = [...COLLECTIONS, SearchSettings]
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
