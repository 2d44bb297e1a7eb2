import type { Talk } from '@/payload-types'

import { paragraphs } from '../richText'
import { FIGURE, type FigureKey } from './media'
import { PERSON, type PersonSlug } from './people'
import {
  BOEHNING_QUOTE,
  EVENT_TITLE,
  EXPERT_INPUT,
  HUCHLER_TITLE,
  PODIUM_TITLE,
  PUBLISHED_AT,
} from './sourceText'
import { TOPIC, type TopicSlug } from './topics'
import {
  localiseRows,
  Registry,
  upsertBySlug,
  type SeedContext,
  type Translated,
} from './upsertBySlug'

/**
 * The slugs the skeleton's demo seed (before commit 0db60e0) gave these two talks; kept, so
 * their public addresses stay, and its stubs of them (no event) are completed.
 */
export const TALK = {
  opening: 'eroeffnung-2-arbeitspolitische-jahrestagung',
  expertInput: 'digitale-transformation-durch-humane-arbeit',
} as const
export type TalkSlug = (typeof TALK)[keyof typeof TALK]

const BOEHNING_QUOTE_EN =
  'Small and medium-sized enterprises need a special form of support in the processes of change ' +
  'that digitalisation and the further spread of artificial intelligence bring. I hope that the ' +
  'good examples have motivated some companies to try out innovative concepts together with ' +
  'their employees, or to turn directly to the Zukunftszentrum in their region. Because we ' +
  'particularly do not want to leave small companies alone with the task of structural change ' +
  'and their qualification strategies.'

type TalkSeed = Pick<Talk, 'kind' | 'body'> & {
  slug: TalkSlug
  title: Translated
  session: Translated
  abstract: Translated
  speakers: PersonSlug[]
  topics: TopicSlug[]
  quotes: (Translated & { person: PersonSlug })[]
  /** The release's photo of this talk, as its teaser image in lists. */
  teaser?: FigureKey
}

export const TALKS: TalkSeed[] = [
  {
    slug: TALK.opening,
    kind: 'welcome',
    title: {
      de: 'Eröffnung der 2. Arbeitspolitischen Jahrestagung',
      en: 'Opening of the 2nd Annual Labour Policy Conference',
    },
    session: { de: 'Eröffnung', en: 'Opening' },
    abstract: {
      de:
        'Zum Auftakt der Jahrestagung sagte Björn Böhning, Staatssekretär im BMAS, kleine und ' +
        'mittelständische Unternehmen benötigten eine besondere Form von Unterstützung bei den ' +
        'Veränderungsprozessen durch Digitalisierung und Künstliche Intelligenz; kleine ' +
        'Unternehmen sollten mit dem Strukturwandel und ihren Qualifikationsstrategien nicht ' +
        'allein gelassen werden.',
      en:
        'Opening the annual conference, Björn Böhning, State Secretary at the BMAS, said that ' +
        'small and medium-sized enterprises need a special form of support in the processes of ' +
        'change brought by digitalisation and artificial intelligence, and that small companies ' +
        'should not be left alone with structural change and their qualification strategies.',
    },
    speakers: [PERSON.boehning],
    topics: [TOPIC.sme, TOPIC.ai, TOPIC.structuralChange, TOPIC.training],
    // The statement itself is the talk's quote (below); the body does not repeat it.
    body: paragraphs(
      `Zum Auftakt der ${EVENT_TITLE} sprach Björn Böhning, Staatssekretär im Bundesministerium ` +
        'für Arbeit und Soziales, über die Unterstützung kleiner und mittelständischer ' +
        'Unternehmen im digitalen Wandel.',
    ),
    quotes: [{ de: BOEHNING_QUOTE, en: BOEHNING_QUOTE_EN, person: PERSON.boehning }],
    teaser: FIGURE.second,
  },
  {
    slug: TALK.expertInput,
    kind: 'expertInput',
    title: {
      de: HUCHLER_TITLE,
      en:
        'Digital transformation through humane work – how new technologies and skills can ' +
        'complement each other',
    },
    session: { de: 'Fachimpuls', en: 'Expert input' },
    abstract: {
      de:
        'Fachimpuls von Dr. Norbert Huchler (Institut für Sozialwissenschaftliche Forschung ' +
        'München) dazu, wie sich neue Technologien und Kompetenzen in der digitalen ' +
        `Transformation komplementär ergänzen können. Er mündete in die Podiumsdiskussion „${PODIUM_TITLE}“.`,
      en:
        'Expert input by Dr Norbert Huchler (Institute for Social Science Research Munich) on ' +
        'how new technologies and skills can complement each other in the digital ' +
        'transformation. It led into the podium discussion “What culture of learning and ' +
        'working do we need?”',
    },
    speakers: [PERSON.huchler],
    topics: [TOPIC.digitalWork, TOPIC.skills, TOPIC.goodWork],
    body: paragraphs(EXPERT_INPUT),
    quotes: [],
  },
]

type TalkRefs = {
  event: string
  people: Registry<PersonSlug>
  topics: Registry<TopicSlug>
  media: Registry<FigureKey>
}

export async function seedTalks(ctx: SeedContext, refs: TalkRefs): Promise<Registry<TalkSlug>> {
  const ids = new Registry<TalkSlug>('talks')
  for (const talk of TALKS) {
    const doc = await upsertBySlug(ctx, 'talks', {
      data: {
        slug: talk.slug,
        title: talk.title.de,
        kind: talk.kind,
        speakers: talk.speakers.map((person) => refs.people.get(person)),
        event: refs.event,
        session: talk.session.de,
        abstract: talk.abstract.de,
        body: talk.body,
        quotes: talk.quotes.map(({ de, person }) => ({
          text: de,
          person: refs.people.get(person),
        })),
        topics: talk.topics.map((topic) => refs.topics.get(topic)),
        seo: talk.teaser ? { image: refs.media.get(talk.teaser) } : undefined,
        publishedAt: PUBLISHED_AT,
        _status: 'published',
      },
      isStub: (stored) => !stored.event,
      english: (stored) => ({
        title: talk.title.en,
        session: talk.session.en,
        abstract: talk.abstract.en,
        quotes: localiseRows(stored.quotes, ['text'], talk.quotes),
        _status: 'published',
      }),
    })
    ids.set(talk.slug, doc.id)
  }
  return ids
}
