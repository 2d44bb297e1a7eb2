import { invertedName, namePartsOf } from '../../src/domain/nameParts'
import { composePersonName } from '../../src/hooks/composePersonName'

type HookArgs = Parameters<typeof composePersonName>[0]
const compose = (data: Record<string, unknown>, originalDoc?: Record<string, unknown>) =>
  composePersonName({ data, originalDoc } as HookArgs)

describe('the name model', () => {
  it.each([
    ['Hans-Jürgen von der Öhe', 'von der Öhe, Hans-Jürgen'],
    ['Müller, Hans', 'Müller, Hans'],
    ['van Dijk, Anna', 'van Dijk, Anna'],
    ['Erika Musterfrau', 'Musterfrau, Erika'],
  ])('reads %s as %s', (name, inverted) => {
    expect(invertedName(namePartsOf({ name })!)).toBe(inverted)
  })

  it('cites a single word (an organisation, a mononym) as written', () => {
    expect(namePartsOf({ name: 'Bundesagentur' })).toBeNull()
  })

  it('composes the display name from the parts, and an update follows them', () => {
    expect(
      compose({ givenName: 'Hans-Jürgen', nameParticle: 'von der', familyName: 'Öhe' }),
    ).toMatchObject({ name: 'Hans-Jürgen von der Öhe' })
    const stored = { name: 'Erika Musterfrau', givenName: 'Erika', familyName: 'Musterfrau' }
    expect(compose({ familyName: 'Mustermann' }, stored)).toEqual({
      familyName: 'Mustermann',
      name: 'Erika Mustermann',
    })
  })

  it('keeps a display name an editor wrote differently from the parts', () => {
    const stored = {
      name: 'Prof. Dr. Erika Musterfrau',
      givenName: 'Erika',
      familyName: 'Musterfrau',
    }
    expect(compose({ familyName: 'Mustermann' }, stored)).toEqual({ familyName: 'Mustermann' })
  })
})
