import type { Person } from '@/payload-types'

import { ORG, type OrgSlug } from './organisations'
import { Registry, upsertBySlug, type SeedContext } from './upsertBySlug'

/** Slugs of the people, used to link speakers, moderators and quotes. */
export const PERSON = {
  boehning: 'bjoern-boehning',
  huchler: 'norbert-huchler',
  kropf: 'julia-kropf',
} as const
export type PersonSlug = (typeof PERSON)[keyof typeof PERSON]

type PersonSeed = Pick<Person, 'name' | 'givenName' | 'familyName'> &
  Partial<Pick<Person, 'honorific' | 'function'>> & {
    slug: PersonSlug
    affiliations: OrgSlug[]
    /** English position; people without a position in the source have none. */
    en?: string
  }

/** Only what the press release says about each person. */
export const PEOPLE: PersonSeed[] = [
  {
    slug: PERSON.boehning,
    name: 'Björn Böhning',
    givenName: 'Björn',
    familyName: 'Böhning',
    function: 'Staatssekretär im Bundesministerium für Arbeit und Soziales',
    affiliations: [ORG.bmas],
    en: 'State Secretary at the Federal Ministry of Labour and Social Affairs',
  },
  {
    slug: PERSON.huchler,
    name: 'Norbert Huchler',
    givenName: 'Norbert',
    familyName: 'Huchler',
    honorific: 'Dr.',
    function: 'Referent (Fachimpuls), Institut für Sozialwissenschaftliche Forschung München',
    affiliations: [ORG.isf],
    en: 'Speaker (expert input), Institute for Social Science Research Munich',
  },
  {
    slug: PERSON.kropf,
    name: 'Julia Kropf',
    givenName: 'Julia',
    familyName: 'Kropf',
    honorific: 'Dr.',
    function: 'Moderatorin',
    affiliations: [],
    en: 'Moderator',
  },
]

export async function seedPeople(
  ctx: SeedContext,
  organisations: Registry<OrgSlug>,
): Promise<Registry<PersonSlug>> {
  const ids = new Registry<PersonSlug>('people')
  for (const { slug, affiliations, en, function: position, ...person } of PEOPLE) {
    const doc = await upsertBySlug(ctx, 'people', {
      data: {
        slug,
        ...person,
        function: position,
        affiliations: affiliations.map((org) => organisations.get(org)),
      },
      english: en ? () => ({ function: en }) : undefined,
    })
    ids.set(slug, doc.id)
  }
  return ids
}
