import type { Organisation } from '@/payload-types'

import {
  BACKGROUND_HDS,
  BACKGROUND_PROGRAMME,
  BACKGROUND_REGIONAL_CENTRES,
  BACKGROUND_ZDA,
  CONTACT_EMAIL,
} from './sourceText'
import { Registry, upsertBySlug, type SeedContext } from './upsertBySlug'

/** Slugs of the organisations, used to link them. */
export const ORG = {
  programme: 'esf-programm-zukunftszentren',
  zda: 'zentrum-digitale-arbeit',
  arbeitUndLeben: 'arbeit-und-leben-sachsen-e-v',
  atb: 'atb-chemnitz',
  htwk: 'hochschule-fuer-technik-wirtschaft-und-kultur-leipzig',
  uniLeipzig: 'universitaet-leipzig',
  centreBB: 'regionales-zukunftszentrum-brandenburg',
  centreMV: 'regionales-zukunftszentrum-mecklenburg-vorpommern',
  centreSN: 'regionales-zukunftszentrum-sachsen',
  centreST: 'regionales-zukunftszentrum-sachsen-anhalt',
  centreTH: 'regionales-zukunftszentrum-thueringen',
  hds: 'haus-der-selbststaendigen',
  bmas: 'bundesministerium-fuer-arbeit-und-soziales',
  esf: 'europaeischer-sozialfonds',
  saxony: 'freistaat-sachsen',
  smwa: 'saechsisches-staatsministerium-fuer-wirtschaft-arbeit-und-verkehr',
  isf: 'institut-fuer-sozialwissenschaftliche-forschung-muenchen',
} as const
export type OrgSlug = (typeof ORG)[keyof typeof ORG]

type RelationKind = NonNullable<Organisation['relations']>[number]['kind']

type OrganisationSeed = Pick<Organisation, 'name' | 'kind'> &
  Partial<Pick<Organisation, 'shortName' | 'region' | 'email' | 'description'>> & {
    slug: OrgSlug
    en: { name: string; description?: string }
    parent?: OrgSlug
    relations?: [RelationKind, OrgSlug][]
  }

const REGIONAL_CENTRE_DE =
  'Eines von fünf Regionalen Zukunftszentren im ESF-Programm „Zukunftszentren“. ' +
  BACKGROUND_REGIONAL_CENTRES
const REGIONAL_CENTRE_EN =
  'One of five regional centres in the ESF programme “Zukunftszentren”. In the five regional ' +
  'centres in the eastern German Länder of Brandenburg, Mecklenburg-Western Pomerania, Saxony, ' +
  'Saxony-Anhalt and Thuringia, the support needs of regions and industries are to be identified ' +
  'and met above all with tailored training offers that strengthen the self-learning and ' +
  'shaping skills of SMEs and employees in the transformation.'

const regionalCentre = (
  slug: OrgSlug,
  region: NonNullable<Organisation['region']>,
  land: string,
  landEn: string,
): OrganisationSeed => ({
  slug,
  name: `Regionales Zukunftszentrum ${land}`,
  kind: 'regionalCentre',
  region,
  description: REGIONAL_CENTRE_DE,
  en: { name: `Regional Future Centre ${landEn}`, description: REGIONAL_CENTRE_EN },
  relations: [['partOf', ORG.programme]],
})

export const ORGANISATIONS: OrganisationSeed[] = [
  {
    slug: ORG.programme,
    name: 'ESF-Programm „Zukunftszentren“',
    kind: 'project',
    description: BACKGROUND_PROGRAMME,
    en: {
      name: 'ESF programme “Zukunftszentren” (Future Centres)',
      description:
        'With the funding programme “Zukunftszentren – support for small and medium-sized ' +
        'enterprises (SMEs), employees and solo self-employed people in developing and ' +
        'implementing innovative approaches to master the digital transformation” under the ' +
        'European Social Fund (ESF), the Federal Ministry of Labour and Social Affairs (BMAS) ' +
        'supports the development and testing of innovative concepts for in-company continuing ' +
        'training that aim to strengthen digital skills in companies.',
    },
    relations: [
      ['fundedBy', ORG.bmas],
      ['fundedBy', ORG.esf],
    ],
  },
  {
    slug: ORG.zda,
    name: 'Zentrum digitale Arbeit',
    kind: 'thinkTank',
    region: 'SN',
    email: CONTACT_EMAIL,
    description: BACKGROUND_ZDA,
    en: {
      name: 'Zentrum digitale Arbeit (Centre for Digital Work)',
      description:
        'As a think tank, the overarching Centre for Digital Work in the programme ' +
        '“Zukunftszentren” generates, bundles and transfers cross-cutting research and ' +
        'practical knowledge on the digital and demographic change of the labour market, for a ' +
        '“learning labour policy”.',
    },
    relations: [
      ['carriedBy', ORG.arbeitUndLeben],
      ['partner', ORG.atb],
      ['partner', ORG.htwk],
      ['partner', ORG.uniLeipzig],
      ['partOf', ORG.programme],
      ['fundedBy', ORG.bmas],
      ['fundedBy', ORG.esf],
      ['coFundedBy', ORG.saxony],
      ['cooperatesWith', ORG.bmas],
    ],
  },
  {
    slug: ORG.arbeitUndLeben,
    name: 'ARBEIT UND LEBEN Sachsen e.V.',
    shortName: 'ARBEIT UND LEBEN Sachsen',
    kind: 'association',
    region: 'SN',
    en: { name: 'ARBEIT UND LEBEN Sachsen e.V.' },
  },
  {
    slug: ORG.atb,
    name: 'ATB Chemnitz',
    kind: 'researchInstitute',
    region: 'SN',
    en: { name: 'ATB Chemnitz' },
  },
  {
    slug: ORG.htwk,
    name: 'Hochschule für Technik, Wirtschaft und Kultur Leipzig',
    shortName: 'HTWK Leipzig',
    kind: 'university',
    region: 'SN',
    en: { name: 'Leipzig University of Applied Sciences (HTWK Leipzig)' },
  },
  {
    slug: ORG.uniLeipzig,
    name: 'Universität Leipzig',
    kind: 'university',
    region: 'SN',
    en: { name: 'Leipzig University' },
  },
  regionalCentre(ORG.centreBB, 'BB', 'Brandenburg', 'Brandenburg'),
  regionalCentre(ORG.centreMV, 'MV', 'Mecklenburg-Vorpommern', 'Mecklenburg-Western Pomerania'),
  regionalCentre(ORG.centreSN, 'SN', 'Sachsen', 'Saxony'),
  regionalCentre(ORG.centreST, 'ST', 'Sachsen-Anhalt', 'Saxony-Anhalt'),
  regionalCentre(ORG.centreTH, 'TH', 'Thüringen', 'Thuringia'),
  {
    slug: ORG.hds,
    name: 'Haus der Selbstständigen',
    kind: 'project',
    description: BACKGROUND_HDS,
    en: {
      name: 'Haus der Selbstständigen (House of the Self-Employed)',
      description:
        'The Haus der Selbstständigen provides information on founding bodies that represent ' +
        'interests and on self-regulating procedures, to improve the pay, working conditions ' +
        'and social protection of solo self-employed people and platform workers.',
    },
  },
  {
    slug: ORG.bmas,
    name: 'Bundesministerium für Arbeit und Soziales',
    shortName: 'BMAS',
    kind: 'ministry',
    en: { name: 'Federal Ministry of Labour and Social Affairs' },
  },
  {
    slug: ORG.esf,
    name: 'Europäischer Sozialfonds',
    shortName: 'ESF',
    kind: 'funder',
    en: { name: 'European Social Fund' },
  },
  {
    slug: ORG.saxony,
    name: 'Freistaat Sachsen',
    kind: 'government',
    region: 'SN',
    en: { name: 'Free State of Saxony' },
    relations: [['representedBy', ORG.smwa]],
  },
  {
    slug: ORG.smwa,
    name: 'Sächsisches Staatsministerium für Wirtschaft, Arbeit und Verkehr',
    shortName: 'SMWA',
    kind: 'ministry',
    region: 'SN',
    en: { name: 'Saxon State Ministry for Economic Affairs, Labour and Transport' },
    parent: ORG.saxony,
  },
  {
    slug: ORG.isf,
    name: 'Institut für Sozialwissenschaftliche Forschung München',
    shortName: 'ISF München',
    kind: 'researchInstitute',
    region: 'BY',
    en: { name: 'Institute for Social Science Research Munich (ISF München)' },
  },
]

/**
 * Two passes, because organisations point at each other (the Free State of Saxony is
 * represented by the SMWA, whose parent it is): first every organisation, then the links, which
 * are written only where a document has none yet.
 */
export async function seedOrganisations(ctx: SeedContext): Promise<Registry<OrgSlug>> {
  const ids = new Registry<OrgSlug>('organisations')
  const stored = new Map<OrgSlug, Organisation>()
  for (const { slug, name, kind, shortName, region, email, description, en } of ORGANISATIONS) {
    const doc = await upsertBySlug(ctx, 'organisations', {
      data: { slug, name, kind, shortName, region, email, description },
      english: () => ({ name: en.name, description: en.description }),
    })
    ids.set(slug, doc.id)
    stored.set(slug, doc)
  }
  for (const { slug, parent, relations = [] } of ORGANISATIONS) {
    const doc = stored.get(slug)
    const linked = Boolean(doc?.parent) || (doc?.relations ?? []).length > 0
    if (!doc || linked || (!parent && relations.length === 0)) continue
    await ctx.payload.update({
      collection: 'organisations',
      id: doc.id,
      depth: 0,
      data: {
        parent: parent ? ids.get(parent) : undefined,
        relations: relations.map(([kind, organisation]) => ({
          kind,
          organisation: ids.get(organisation),
        })),
      },
    })
  }
  return ids
}
