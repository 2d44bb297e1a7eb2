import type { Event } from '@/payload-types'

import { paragraphs } from '../richText'
import { ORG, type OrgSlug } from './organisations'
import { PANEL, type PanelSlug } from './panels'
import { PERSON, type PersonSlug } from './people'
import {
  CENTRAL_THEMES,
  EVENT_TITLE,
  HOSTING,
  MOTTO,
  PARTICIPATION,
  POETRY_SLAM,
  PUBLISHED_AT,
  THEMATIC_PANELS,
} from './sourceText'
import { TALK, type TalkSlug } from './talks'
import { TOPIC, type TopicSlug } from './topics'
import {
  ensureEnglish,
  localiseRows,
  type Registry,
  upsertBySlug,
  type SeedContext,
  type Translated,
} from './upsertBySlug'

export const EVENT_SLUG = '2-arbeitspolitische-jahrestagung-im-esf-programm-zukunftszentren'

/**
 * The release gives „22. Juni“ without a year and no start time. 2021 is inferred; the stored
 * 09:00 Europe/Berlin (07:00 UTC) only places the date, as the date note says.
 */
const STARTS_AT = '2021-06-22T07:00:00.000Z'

const TITLE: Translated = {
  de: EVENT_TITLE,
  en: '2nd Annual Labour Policy Conference of the ESF Programme “Zukunftszentren”',
}
const MOTTO_EN = 'With new skills into the working world of tomorrow'
const DATE_NOTE: Translated = {
  de:
    'Das Jahr ist aus der Quelle erschlossen: Die Pressemitteilung (Sperrfrist 22.06., 15:00 Uhr) ' +
    'nennt nur den 22. Juni; da die Regionalen Zukunftszentren seit 2019 arbeiten, fällt die 2. ' +
    'Jahrestagung auf 2021. Eine Anfangszeit nennt die Quelle nicht; die gespeicherte Uhrzeit ' +
    '(9:00 Uhr) ist ein Platzhalter.',
  en:
    'The year is inferred from the source: the press release (embargoed until 22 June, 15:00) ' +
    'gives only 22 June; as the regional centres have worked since 2019, the 2nd annual ' +
    'conference falls in 2021. The source gives no start time; the stored time (9:00) is a ' +
    'placeholder.',
}
const SUMMARY: Translated = {
  de:
    `Die ${EVENT_TITLE} fand virtuell unter dem Motto „${MOTTO}“ statt. Mit bundesweiter ` +
    'Beteiligung diskutierten Teilnehmende aus Politik, Wissenschaft und betrieblicher Praxis mit ' +
    'Expertinnen und Experten über Herausforderungen und Chancen für neue betriebliche ' +
    'Gestaltungs- und Lernansätze im digitalen Wandel.',
  en:
    `The ${TITLE.en} took place virtually under the motto “${MOTTO_EN}”. Participants from ` +
    'politics, research and business practice from all over Germany discussed with experts the ' +
    'challenges and opportunities for new approaches to shaping work and learning in companies ' +
    'in the digital transformation.',
}

type ProgrammeItem =
  { relationTo: 'talks'; slug: TalkSlug } | { relationTo: 'panels'; slug: PanelSlug }
type ProgrammeSeed = Pick<NonNullable<Event['programme']>[number], 'kind'> & {
  title: Translated
  description: Translated
  performers?: Translated
  items: ProgrammeItem[]
  people: PersonSlug[]
}

/** In running order; the release gives no times, so the rows have none. */
export const PROGRAMME: ProgrammeSeed[] = [
  {
    kind: 'opening',
    title: { de: 'Eröffnung', en: 'Opening' },
    description: {
      de: 'Zum Auftakt sprach Björn Böhning, Staatssekretär im Bundesministerium für Arbeit und Soziales.',
      en: 'Björn Böhning, State Secretary at the Federal Ministry of Labour and Social Affairs, opened the conference.',
    },
    items: [{ relationTo: 'talks', slug: TALK.opening }],
    people: [PERSON.boehning],
  },
  {
    kind: 'keynote',
    title: { de: 'Fachimpuls', en: 'Expert input' },
    description: {
      de: 'Dr. Norbert Huchler (Institut für Sozialwissenschaftliche Forschung München).',
      en: 'Dr Norbert Huchler (Institute for Social Science Research Munich).',
    },
    items: [{ relationTo: 'talks', slug: TALK.expertInput }],
    people: [PERSON.huchler],
  },
  {
    kind: 'podium',
    title: {
      de: 'Podiumsdiskussion „Welche Lern- und Arbeitskultur brauchen wir?“',
      en: 'Podium discussion “What culture of learning and working do we need?”',
    },
    description: {
      de: 'Der Fachimpuls mündete in eine anschließende Podiumsdiskussion.',
      en: 'The expert input led into a podium discussion.',
    },
    items: [{ relationTo: 'panels', slug: PANEL.podium }],
    people: [PERSON.kropf],
  },
  {
    kind: 'panels',
    title: { de: 'Thematische Paneldiskussionen', en: 'Thematic panel discussions' },
    description: {
      de: THEMATIC_PANELS,
      en:
        'In thematic panel discussions, participants also gained insight into the work of the ' +
        'regional Future Centres, the Haus der Selbstständigen and the Centre for Digital Work.',
    },
    items: [
      { relationTo: 'panels', slug: PANEL.regionalCentres },
      { relationTo: 'panels', slug: PANEL.hds },
      { relationTo: 'panels', slug: PANEL.zda },
    ],
    people: [],
  },
  {
    kind: 'performance',
    title: {
      de: 'Poetry Slam „Mensch oder Maschine“',
      en: 'Poetry slam “Human or machine”',
    },
    description: {
      de: POETRY_SLAM,
      en:
        'The programme was rounded off by creative entertainment on the theme “Human or ' +
        'machine”: at a poetry slam, the audience could guess which of the texts performed came ' +
        'from a human and which from the “pen” of an artificial intelligence (AI).',
    },
    // The release names no poets; it says who wrote the texts, and that is all it says.
    performers: {
      de: 'Slam-Texte von Menschen und von einer Künstlichen Intelligenz (KI)',
      en: 'Slam texts by people and by an artificial intelligence (AI)',
    },
    items: [],
    people: [],
  },
]

type EventRefs = {
  organisations: Registry<OrgSlug>
  people: Registry<PersonSlug>
  topics: Registry<TopicSlug>
}

/** The event without its programme: the programme links talks and panels that link the event. */
export async function seedEvent(ctx: SeedContext, refs: EventRefs): Promise<Event> {
  return upsertBySlug(ctx, 'events', {
    data: {
      slug: EVENT_SLUG,
      title: TITLE.de,
      motto: MOTTO,
      startsAt: STARTS_AT,
      dateNote: DATE_NOTE.de,
      yearInferred: true,
      publishedAt: PUBLISHED_AT,
      format: 'virtual',
      hosts: [refs.organisations.get(ORG.zda)],
      partners: [refs.organisations.get(ORG.bmas)],
      moderators: [refs.people.get(PERSON.kropf)],
      summary: SUMMARY.de,
      body: paragraphs(
        `Die Tagung stand unter dem Motto „${MOTTO}“. Im Fokus standen aktuelle Herausforderungen ` +
          'und Chancen für neue betriebliche Gestaltungs- und Lernansätze im digitalen Wandel.',
        HOSTING,
        `${PARTICIPATION} ${CENTRAL_THEMES}`,
      ),
      topics: [
        TOPIC.digitalWork,
        TOPIC.workplaceChange,
        TOPIC.learningCulture,
        TOPIC.training,
        TOPIC.skills,
        TOPIC.sme,
      ].map((topic) => refs.topics.get(topic)),
      _status: 'published',
    },
  })
}

/** Adds the programme if the event has none yet, then the English values. */
export async function completeEvent(
  ctx: SeedContext,
  event: Event,
  refs: EventRefs & { talks: Registry<TalkSlug>; panels: Registry<PanelSlug> },
): Promise<void> {
  const item = (ref: ProgrammeItem) =>
    ref.relationTo === 'talks'
      ? { relationTo: ref.relationTo, value: refs.talks.get(ref.slug) }
      : { relationTo: ref.relationTo, value: refs.panels.get(ref.slug) }
  const withProgramme = event.programme?.length
    ? event
    : await ctx.payload.update({
        collection: 'events',
        id: event.id,
        locale: 'de',
        depth: 0,
        data: {
          programme: PROGRAMME.map(({ kind, title, description, performers, items, people }) => ({
            kind,
            title: title.de,
            description: description.de,
            performers: performers?.de,
            items: items.map(item),
            people: people.map((person) => refs.people.get(person)),
          })),
          _status: 'published',
        },
      })
  const translations = PROGRAMME.flatMap(({ title, description, performers }) =>
    performers ? [title, description, performers] : [title, description],
  )
  await ensureEnglish(ctx, 'events', withProgramme, (stored) => ({
    title: TITLE.en,
    motto: MOTTO_EN,
    dateNote: DATE_NOTE.en,
    summary: SUMMARY.en,
    programme: localiseRows(stored.programme, ['title', 'description', 'performers'], translations),
    _status: 'published',
  }))
}
