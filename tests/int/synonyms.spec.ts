import { expandQuery, synonymsFromGroups } from '../../src/search/synonyms'

describe('query expansion with synonyms', () => {
  const groups = [['KI', 'Künstliche Intelligenz']]

  it('adds a variant per alternative, in both directions', () => {
    expect(expandQuery('KI im Betrieb', groups)).toEqual([
      'KI im Betrieb',
      'Künstliche Intelligenz im Betrieb',
    ])
    expect(expandQuery('künstliche intelligenz', groups)).toEqual(['künstliche intelligenz', 'KI'])
  })

  it('matches whole words only', () => {
    expect(expandQuery('Kita', groups)).toEqual(['Kita'])
    expect(expandQuery('Ski-Urlaub', groups)).toEqual(['Ski-Urlaub'])
  })

  it('maps every term of a group to the others for Meilisearch', () => {
    expect(synonymsFromGroups([['KMU', 'SME']])).toEqual({ kmu: ['SME'], sme: ['KMU'] })
  })
})
