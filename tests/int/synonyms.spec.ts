import { bareIdFilter } from '../../src/database/bareIdFilters'
import { HIGHLIGHT_END, HIGHLIGHT_START, wholeWordHighlights } from '../../src/search/highlights'
import { searchQueries } from '../../src/search/searchPublications'
import { shortWordsOf } from '../../src/search/searchRecord'
import { expandQuery, singularAcronyms, synonymsFromGroups } from '../../src/search/synonyms'

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

describe('query planning', () => {
  it('expands only the synonyms Meilisearch misses', () => {
    const groups = [['KI', 'Künstliche Intelligenz', 'AI']]
    const gaps = { ki: ['Künstliche Intelligenz'] }
    expect(expandQuery('KI im Betrieb', groups, gaps)).toEqual([
      'KI im Betrieb',
      'Künstliche Intelligenz im Betrieb',
    ])
    expect(expandQuery('AI im Betrieb', groups, gaps)).toEqual(['AI im Betrieb'])
  })

  it('searches acronym plurals singular', () => {
    expect(singularAcronyms('SMEs und KMUs in Sachsen')).toBe('SME und KMU in Sachsen')
    expect(singularAcronyms('Kurs Bus')).toBe('Kurs Bus')
  })

  it('stores acronym plurals in a record as the acronym, so the whole-word filter finds them', () => {
    expect(shortWordsOf('Förderung für KMUs und SMEs, nicht für Busse')).toEqual([
      'für',
      'kmu',
      'und',
      'sme',
    ])
  })

  it('filters short words to whole words and searches their long synonyms as variants', () => {
    const plan = searchQueries({
      query: 'AI',
      synonymGroups: [['KI', 'Künstliche Intelligenz', 'AI']],
      gaps: {},
    })
    expect(plan).toEqual([
      { q: 'AI', weight: 1, filter: ['shortWords IN ["ai", "ki"]'] },
      { q: 'Künstliche Intelligenz', weight: 1, filter: [] },
    ])
  })

  it('searches two words one by one at lower weight too', () => {
    expect(searchQueries({ query: 'Sachsen und Handwerk', synonymGroups: [] })).toEqual([
      { q: 'Sachsen und Handwerk', weight: 1, filter: [] },
      { q: 'Sachsen', weight: 0.5, filter: [] },
      { q: 'Handwerk', weight: 0.5, filter: [] },
    ])
  })
})

describe('whole-word highlights', () => {
  const [start, end] = [HIGHLIGHT_START, HIGHLIGHT_END]
  it('marks the whole word of a marked part, and no stop words', () => {
    expect(
      wholeWordHighlights(
        `Wie ${start}Kü${end}${start}ns${end}tliche ${start}und${end} Betriebs${start}rat${end}`,
      ),
    ).toBe(`Wie ${start}Künstliche${end} und ${start}Betriebsrat${end}`)
  })

  it('does not mark words whose only marked part is an ending (German splitting of the query)', () => {
    // What Meilisearch 1.21 answers for "Kompetenzen" with the German locale (checked by hand).
    expect(
      wholeWordHighlights(
        `${start}Kompetenz${end}${start}en${end} für die digital${start}en${end} Arbeitswelt: ` +
          `was ${start}KI${end} könn${start}en${end} und supply ch${start}ai${end}n`,
      ),
    ).toBe(
      `${start}Kompetenzen${end} für die digitalen Arbeitswelt: was ${start}KI${end} können und supply chain`,
    )
  })
})

describe('by-id reads on FerretDB', () => {
  it('sends the bare _id form, and leaves every other filter alone', () => {
    expect(bareIdFilter({ _id: { $eq: 'a' } })).toEqual({ _id: 'a' })
    expect(bareIdFilter({ $and: [{ _id: { $eq: 'a' } }] })).toEqual({ _id: 'a' })
    expect(bareIdFilter({ _id: { $in: ['a'] } })).toBeUndefined()
    expect(bareIdFilter({ _id: { $eq: 'a' }, _status: 'published' })).toBeUndefined()
    expect(bareIdFilter({ _id: { $gt: 'a' } })).toBeUndefined()
  })
})
