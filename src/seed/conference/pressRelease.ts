import type { PressRelease } from '@/payload-types'

import { paragraphs } from '../richText'
import { FIGURE, type FigureKey } from './media'
import { ORG, type OrgSlug } from './organisations'
import { PANEL, type PanelSlug } from './panels'
import {
  CONTACT_EMAIL,
  EMBARGO_UNTIL,
  EVENT_TITLE,
  FUNDING_NOTICE,
  HEADLINE,
  KICKER,
  MOTTO,
  PRESS_RELEASE_PARAGRAPHS,
  PUBLISHED_AT,
} from './sourceText'
import { TALK, type TalkSlug } from './talks'
import { TOPIC, type TopicSlug } from './topics'
import { upsertBySlug, type SeedContext, type Registry } from './upsertBySlug'

export const PRESS_RELEASE_SLUG =
  'der-digitale-wandel-muss-gemeinsam-mit-beschaeftigten-gestaltet-werden'

const ENGLISH = {
  title: 'Digital change must be shaped together with employees',
  subtitle:
    'Press release on the 2nd Annual Labour Policy Conference of the ESF Programme “Zukunftszentren”',
  summary:
    'The 2nd Annual Labour Policy Conference of the ESF programme “Zukunftszentren” took place on ' +
    '22 June under the motto “With new skills into the working world of tomorrow”. Participants ' +
    'from politics, research and business practice from all over Germany discussed new approaches ' +
    'to shaping work and learning in companies in the digital transformation.',
  fundingNotice:
    'The project “Zentrum digitale Arbeit” (Centre for Digital Work) is funded within the ' +
    'programme “Zukunftszentren” by the Federal Ministry of Labour and Social Affairs and the ' +
    'European Social Fund, and co-financed by the Free State of Saxony, represented by the Saxon ' +
    'State Ministry for Economic Affairs, Labour and Transport.',
} satisfies Partial<PressRelease>

type PressReleaseRefs = {
  event: string
  organisations: Registry<OrgSlug>
  topics: Registry<TopicSlug>
  media: Registry<FigureKey>
  talks: Registry<TalkSlug>
  panels: Registry<PanelSlug>
}

export async function seedPressRelease(ctx: SeedContext, refs: PressReleaseRefs): Promise<void> {
  await upsertBySlug(ctx, 'pressReleases', {
    data: {
      slug: PRESS_RELEASE_SLUG,
      title: HEADLINE,
      subtitle: KICKER,
      summary:
        `Die ${EVENT_TITLE} stand am 22. Juni unter dem Motto „${MOTTO}“. Teilnehmende aus ` +
        'Politik, Wissenschaft und betrieblicher Praxis diskutierten mit bundesweiter Beteiligung ' +
        'über neue betriebliche Gestaltungs- und Lernansätze im digitalen Wandel.',
      body: paragraphs(...PRESS_RELEASE_PARAGRAPHS),
      event: refs.event,
      figures: [refs.media.get(FIGURE.first), refs.media.get(FIGURE.second)],
      seo: { image: refs.media.get(FIGURE.first) },
      contacts: [
        {
          name: 'Zentrum digitale Arbeit',
          organisation: refs.organisations.get(ORG.arbeitUndLeben),
          email: CONTACT_EMAIL,
        },
      ],
      fundingNotice: FUNDING_NOTICE,
      topics: [
        TOPIC.digitalWork,
        TOPIC.sme,
        TOPIC.learningCulture,
        TOPIC.training,
        TOPIC.skills,
        TOPIC.goodWork,
      ].map((topic) => refs.topics.get(topic)),
      related: [
        { relationTo: 'events', value: refs.event },
        { relationTo: 'talks', value: refs.talks.get(TALK.opening) },
        { relationTo: 'talks', value: refs.talks.get(TALK.expertInput) },
        { relationTo: 'panels', value: refs.panels.get(PANEL.podium) },
      ],
      embargoUntil: EMBARGO_UNTIL,
      publishedAt: PUBLISHED_AT,
      _status: 'published',
    },
    english: () => ({ ...ENGLISH, _status: 'published' }),
  })
}
