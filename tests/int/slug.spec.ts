import { germanSlug } from '../../src/fields/slug'

describe('German slugs', () => {
  it.each([
    ['Welche Lern- und Arbeitskultur brauchen wir?', 'welche-lern-und-arbeitskultur-brauchen-wir'],
    ['Größe & Übergänge für Gründerinnen', 'groesse-und-uebergaenge-fuer-gruenderinnen'],
    ['Straße der Öffentlichkeit', 'strasse-der-oeffentlichkeit'],
    ['„Mensch oder Maschine“', 'mensch-oder-maschine'],
  ])('%s → %s', (title, slug) => {
    expect(germanSlug(title)).toBe(slug)
  })
})
