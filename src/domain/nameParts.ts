/** A person's name as reference managers need it: family name, given names, particle apart. */
export type NameParts = { given: string | null; particle: string | null; family: string }

type NamedPerson = {
  name?: unknown
  givenName?: unknown
  nameParticle?: unknown
  familyName?: unknown
}

// Lower-case words that belong to the family name ("von der Öhe", "van Dijk", "de la Cruz").
const PARTICLES = new Set([
  'von',
  'vom',
  'zu',
  'zum',
  'zur',
  'der',
  'den',
  'des',
  'van',
  'de',
  'la',
  'le',
  'di',
  'da',
  'del',
  'du',
  'dos',
  'ten',
  'ter',
])

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

/**
 * The parts of a person's name: the fields editors filled in, or, for people entered with one
 * name only, "Family, Given" as typed, else the last word as family name with the particles
 * before it. `null` for a single
 * word (an organisation or a mononym), which is cited as written.
 */
export function namePartsOf(person: NamedPerson): NameParts | null {
  const family = text(person.familyName)
  if (family) {
    return {
      given: text(person.givenName) || null,
      particle: text(person.nameParticle) || null,
      family,
    }
  }
  const name = text(person.name)
  // Typed inverted, as in a reference list: "Müller, Hans".
  const comma = name.indexOf(',')
  if (comma > 0 && name.indexOf(',', comma + 1) === -1) {
    const given = name.slice(comma + 1).trim()
    const familyWords = name.slice(0, comma).trim().split(/\s+/)
    let start = 0
    while (start < familyWords.length - 1 && PARTICLES.has(familyWords[start])) start += 1
    return {
      given: given || null,
      particle: familyWords.slice(0, start).join(' ') || null,
      family: familyWords.slice(start).join(' '),
    }
  }
  const words = name.split(/\s+/).filter(Boolean)
  if (words.length < 2) return null
  let start = words.length - 1
  while (start > 1 && PARTICLES.has(words[start - 1])) start -= 1
  return {
    given: words.slice(0, start).join(' '),
    particle: words.slice(start, -1).join(' ') || null,
    family: words.at(-1)!,
  }
}

/** "von der Öhe, Hans-Jürgen": the inverted form RIS, BibTeX and citation_author expect. */
export function invertedName(parts: NameParts): string {
  const family = [parts.particle, parts.family].filter(Boolean).join(' ')
  return parts.given ? `${family}, ${parts.given}` : family
}

/** "Hans-Jürgen von der Öhe": the parts in reading order. */
export const fullName = (parts: NameParts) =>
  [parts.given, parts.particle, parts.family].filter(Boolean).join(' ')
