import type { Panel } from '@/payload-types'

import { paragraphs } from '../richText'
import { ORG, type OrgSlug } from './organisations'
import { PERSON, type PersonSlug } from './people'
import {
  BACKGROUND_HDS,
  BACKGROUND_LEARNING,
  BACKGROUND_REGIONAL_CENTRES,
  BACKGROUND_ZDA,
  BOEHNING_QUOTE_KMU,
  BOEHNING_QUOTE_STRUCTURAL_CHANGE,
  EXPERT_INPUT,
  GUIDING_QUESTIONS,
  HEADLINE,
  HUCHLER_TITLE,
  INTRO,
  PODIUM_QUESTIONS,
  PODIUM_TITLE,
  PUBLISHED_AT,
  THEMATIC_PANELS,
} from './sourceText'
import { TALK, type TalkSlug } from './talks'
import { TOPIC, type TopicSlug } from './topics'
import {
  localiseRows,
  Registry,
  upsertBySlug,
  type SeedContext,
  type Translated,
} from './upsertBySlug'

export const PANEL = {
  podium: 'welche-lern-und-arbeitskultur-brauchen-wir',
  regionalCentres: 'thematisches-panel-regionale-zukunftszentren',
  hds: 'thematisches-panel-haus-der-selbststaendigen',
  zda: 'thematisches-panel-zentrum-digitale-arbeit',
} as const
export type PanelSlug = (typeof PANEL)[keyof typeof PANEL]

type FindingSeed = {
  anchor: string
  statement: Translated
  quote?: Translated
  speaker?: PersonSlug
  topic: TopicSlug
}

type PanelSeed = Pick<Panel, 'kind' | 'body'> & {
  slug: PanelSlug
  title: Translated
  summary: Translated
  moderators: PersonSlug[]
  organisations: OrgSlug[]
  guidingQuestions: Translated[]
  findings: FindingSeed[]
  topics: TopicSlug[]
  related: TalkSlug[]
}

const GUIDING_QUESTIONS_EN = [
  'What skills are needed to meet changing requirements?',
  'How can a new learning culture be fostered for this?',
  'What should in-company human resources work and continuing training strategies of the ' +
    'future look like?',
]

/** Only what the press release states; quotes and speakers where a finding rests on them. */
const PODIUM_FINDINGS: FindingSeed[] = [
  {
    anchor: 'digitaler-wandel-gemeinsam-mit-beschaeftigten',
    statement: {
      de: `${HEADLINE}.`,
      en: 'Digital change must be shaped together with employees.',
    },
    topic: TOPIC.goodWork,
  },
  {
    anchor: 'veraenderung-von-arbeit-im-betrieb',
    statement: {
      de: 'Zentrales Thema der Tagung: die Veränderung von Arbeit im Betrieb.',
      en: 'A central theme of the conference: how work is changing in the company.',
    },
    topic: TOPIC.workplaceChange,
  },
  {
    anchor: 'neue-kultur-des-lernens-und-arbeitens',
    statement: {
      de: 'Zentrales Thema der Tagung: eine neue Kultur des Lernens und Arbeitens.',
      en: 'A central theme of the conference: a new culture of learning and working.',
    },
    topic: TOPIC.learningCulture,
  },
  {
    anchor: 'weiterbildung-und-kompetenzentwicklung',
    statement: {
      de: 'Zentrales Thema der Tagung: Weiterbildung und Kompetenzentwicklung im digitalen Wandel.',
      en: 'A central theme of the conference: continuing training and skills development in the digital transformation.',
    },
    topic: TOPIC.training,
  },
  {
    anchor: 'kmu-brauchen-besondere-unterstuetzung',
    statement: {
      de:
        'Kleine und mittelständische Unternehmen brauchen bei den Veränderungen durch ' +
        'Digitalisierung und Künstliche Intelligenz eine besondere Form von Unterstützung.',
      en:
        'Small and medium-sized enterprises need a special form of support in the changes ' +
        'brought by digitalisation and artificial intelligence.',
    },
    quote: {
      de: BOEHNING_QUOTE_KMU,
      en:
        'Small and medium-sized enterprises need a special form of support in the processes of ' +
        'change that digitalisation and the further spread of artificial intelligence bring.',
    },
    speaker: PERSON.boehning,
    topic: TOPIC.sme,
  },
  {
    anchor: 'kleine-unternehmen-im-strukturwandel-nicht-allein-lassen',
    statement: {
      de:
        'Kleine Unternehmen sollen mit dem Strukturwandel und ihren Qualifikationsstrategien ' +
        'nicht allein gelassen werden.',
      en: 'Small companies should not be left alone with structural change and their qualification strategies.',
    },
    quote: {
      de: BOEHNING_QUOTE_STRUCTURAL_CHANGE,
      en:
        'Because we particularly do not want to leave small companies alone with the task of ' +
        'structural change and their qualification strategies.',
    },
    speaker: PERSON.boehning,
    topic: TOPIC.structuralChange,
  },
  {
    anchor: 'technologien-und-kompetenzen-ergaenzen-sich',
    statement: {
      de:
        'Digitale Transformation durch humane Arbeit: Neue Technologien und Kompetenzen können ' +
        'sich komplementär ergänzen.',
      en: 'Digital transformation through humane work: new technologies and skills can complement each other.',
    },
    quote: {
      de: HUCHLER_TITLE,
      en:
        'Digital transformation through humane work – how new technologies and skills can ' +
        'complement each other',
    },
    speaker: PERSON.huchler,
    topic: TOPIC.skills,
  },
]

/** What the release says the regional centres do and what their work achieves. */
const REGIONAL_FINDINGS: FindingSeed[] = [
  {
    anchor: 'zentren-unterstuetzen-kmu-seit-2019',
    statement: {
      de:
        'Die Regionalen Zukunftszentren unterstützen seit 2019 ostdeutsche Unternehmen und ' +
        'Beschäftigte im digitalen Wandel für eine gute Arbeit, mit dem Fokus auf KMU.',
      en:
        'Since 2019 the regional centres have supported companies and employees in eastern ' +
        'Germany through the digital transformation, for good work, with a focus on SMEs.',
    },
    topic: TOPIC.sme,
  },
  {
    anchor: 'passgenaue-qualifizierung-fuer-regionen-und-branchen',
    statement: {
      de:
        'Die Zentren ermitteln die Unterstützungsbedarfe der Regionen und Branchen und ' +
        'beantworten sie mit passgenauen Qualifizierungsangeboten, die die Selbstlern- und ' +
        'Gestaltungskompetenz von KMU und Beschäftigten stärken.',
      en:
        'The centres identify the support needs of regions and industries and meet them with ' +
        'tailored training that strengthens the self-learning and shaping skills of SMEs and ' +
        'employees.',
    },
    topic: TOPIC.training,
  },
  {
    anchor: 'wandel-aktiv-mitgestalten',
    statement: {
      de:
        'Intensive Beratung und die Erprobung neuer betrieblicher Lehr- und Lernkonzepte ' +
        'schaffen die Basis, den Wandel der Arbeitswelt nicht nur zu meistern, sondern aktiv ' +
        'mitzugestalten.',
      en:
        'Intensive advice and trying out new in-company teaching and learning concepts lay the ' +
        'basis not only for coping with the changing world of work but for actively shaping it.',
    },
    topic: TOPIC.learningCulture,
  },
  {
    anchor: 'unternehmen-an-das-zentrum-ihrer-region',
    statement: {
      de: 'Unternehmen können sich direkt an das Zukunftszentrum in ihrer Region wenden.',
      en: 'Companies can turn directly to the future centre in their region.',
    },
    quote: {
      de:
        'Ich hoffe, dass durch die guten Beispiele einige Unternehmen motiviert werden konnten, ' +
        'innovative Konzepte gemeinsam mit ihren Beschäftigten auszuprobieren oder sich direkt ' +
        'an das Zukunftszentrum in ihrer Region zu wenden.',
      en:
        'I hope that the good examples have motivated some companies to try out innovative ' +
        'concepts together with their employees or to turn directly to the future centre in ' +
        'their region.',
    },
    speaker: PERSON.boehning,
    topic: TOPIC.structuralChange,
  },
]

const thematicPanel = (
  slug: PanelSlug,
  title: Translated,
  summary: Translated,
  organisations: OrgSlug[],
  background: string[],
  topics: TopicSlug[],
  findings: FindingSeed[] = [],
): PanelSeed => ({
  slug,
  kind: 'panel',
  title,
  summary,
  moderators: [],
  organisations,
  guidingQuestions: [],
  findings,
  topics,
  related: [],
  body: paragraphs(THEMATIC_PANELS, ...background),
})

/**
 * The podium, and one thematic panel for each party the release says the panels presented. The
 * release names no panellists: the organisations presented (the five regional centres, …) are
 * the panels' participants.
 */
export const PANELS: PanelSeed[] = [
  {
    slug: PANEL.podium,
    kind: 'podium',
    title: { de: PODIUM_TITLE, en: 'What culture of learning and working do we need?' },
    summary: {
      de:
        'Im Anschluss an den Fachimpuls von Dr. Norbert Huchler diskutierte das Podium, welche ' +
        'Lern- und Arbeitskultur der digitale Wandel braucht: welche Kompetenzen die sich ' +
        'wandelnden Anforderungen verlangen, wie eine neue Lernkultur gefördert werden kann und ' +
        'wie betriebliche Personalarbeit und Weiterbildungsstrategien der Zukunft aussehen sollten.',
      en:
        'Following the expert input by Dr Norbert Huchler, the podium discussed what culture of ' +
        'learning and working the digital transformation needs: which skills changing ' +
        'requirements call for, how a new learning culture can be fostered, and what in-company ' +
        'human resources work and continuing training strategies of the future should look like.',
    },
    moderators: [PERSON.kropf],
    organisations: [],
    guidingQuestions: GUIDING_QUESTIONS.map((de, index) => ({
      de,
      en: GUIDING_QUESTIONS_EN[index],
    })),
    findings: PODIUM_FINDINGS,
    topics: [TOPIC.learningCulture, TOPIC.skills, TOPIC.training],
    related: [TALK.expertInput, TALK.opening],
    body: paragraphs(EXPERT_INPUT, PODIUM_QUESTIONS),
  },
  thematicPanel(
    PANEL.regionalCentres,
    {
      de: 'Thematisches Panel: Regionale Zukunftszentren',
      en: 'Thematic panel: the regional Future Centres',
    },
    {
      de:
        'Einblicke in die Arbeit der Regionalen Zukunftszentren, die seit 2019 ostdeutsche ' +
        'Unternehmen und Beschäftigte in den Wandlungsprozessen der Digitalisierung für eine gute ' +
        'Arbeit unterstützen, mit dem Fokus auf kleinen und mittleren Unternehmen (KMU).',
      en:
        'Insight into the work of the regional Future Centres, which since 2019 have supported ' +
        'companies and employees in eastern Germany through the changes of digitalisation, for ' +
        'good work, with a focus on small and medium-sized enterprises (SMEs).',
    },
    [ORG.centreBB, ORG.centreMV, ORG.centreSN, ORG.centreST, ORG.centreTH],
    [INTRO, BACKGROUND_REGIONAL_CENTRES, BACKGROUND_LEARNING],
    [TOPIC.sme, TOPIC.training, TOPIC.structuralChange],
    REGIONAL_FINDINGS,
  ),
  thematicPanel(
    PANEL.hds,
    {
      de: 'Thematisches Panel: Haus der Selbstständigen',
      en: 'Thematic panel: Haus der Selbstständigen (House of the Self-Employed)',
    },
    {
      de: `Einblicke in die Arbeit des Hauses der Selbstständigen. ${BACKGROUND_HDS}`,
      en:
        'Insight into the work of the Haus der Selbstständigen, which provides information on ' +
        'founding bodies that represent interests and on self-regulating procedures, to improve ' +
        'the pay, working conditions and social protection of solo self-employed people and ' +
        'platform workers.',
    },
    [ORG.hds],
    [BACKGROUND_HDS],
    [TOPIC.soloSelfEmployed, TOPIC.goodWork],
  ),
  thematicPanel(
    PANEL.zda,
    {
      de: 'Thematisches Panel: Zentrum digitale Arbeit',
      en: 'Thematic panel: Zentrum digitale Arbeit (Centre for Digital Work)',
    },
    {
      de: `Einblicke in die Arbeit des Zentrums digitale Arbeit. ${BACKGROUND_ZDA}`,
      en:
        'Insight into the work of the Centre for Digital Work, which as a think tank in the ' +
        'programme “Zukunftszentren” generates, bundles and transfers cross-cutting research and ' +
        'practical knowledge on the digital and demographic change of the labour market, for a ' +
        '“learning labour policy”.',
    },
    [ORG.zda],
    [BACKGROUND_ZDA],
    [TOPIC.digitalWork, TOPIC.learningCulture],
  ),
]

type PanelRefs = {
  event: string
  people: Registry<PersonSlug>
  organisations: Registry<OrgSlug>
  topics: Registry<TopicSlug>
  talks: Registry<TalkSlug>
}

export async function seedPanels(ctx: SeedContext, refs: PanelRefs): Promise<Registry<PanelSlug>> {
  const ids = new Registry<PanelSlug>('panels')
  for (const panel of PANELS) {
    const translations = [
      ...panel.guidingQuestions,
      ...panel.findings.flatMap(({ statement, quote }) =>
        quote ? [statement, quote] : [statement],
      ),
    ]
    const doc = await upsertBySlug(ctx, 'panels', {
      data: {
        slug: panel.slug,
        title: panel.title.de,
        kind: panel.kind,
        event: refs.event,
        moderators: panel.moderators.map((person) => refs.people.get(person)),
        organisations: panel.organisations.map((org) => refs.organisations.get(org)),
        guidingQuestions: panel.guidingQuestions.map(({ de }) => ({ question: de })),
        summary: panel.summary.de,
        body: panel.body,
        findings: panel.findings.map(({ anchor, statement, quote, speaker, topic }) => ({
          anchor,
          statement: statement.de,
          quote: quote?.de,
          speaker: speaker ? refs.people.get(speaker) : undefined,
          topic: refs.topics.get(topic),
        })),
        topics: panel.topics.map((topic) => refs.topics.get(topic)),
        publishedAt: PUBLISHED_AT,
        related: panel.related.map((talk) => ({
          relationTo: 'talks' as const,
          value: refs.talks.get(talk),
        })),
        _status: 'published',
      },
      english: (stored) => ({
        title: panel.title.en,
        summary: panel.summary.en,
        guidingQuestions: localiseRows(stored.guidingQuestions, ['question'], translations),
        findings: localiseRows(stored.findings, ['statement', 'quote'], translations),
        _status: 'published',
      }),
    })
    ids.set(panel.slug, doc.id)
  }
  return ids
}
