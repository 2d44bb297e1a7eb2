import type { Topic } from '@/payload-types'

import { Registry, upsertBySlug, type SeedContext } from './upsertBySlug'

/** Slugs of the topics, used to link publications and findings to them. */
export const TOPIC = {
  digitalWork: 'arbeit-im-digitalen-wandel',
  workplaceChange: 'veraenderung-von-arbeit-im-betrieb',
  learningCulture: 'lern-und-arbeitskultur',
  training: 'weiterbildung',
  skills: 'kompetenzentwicklung',
  ai: 'kuenstliche-intelligenz',
  sme: 'kleine-und-mittlere-unternehmen-kmu',
  soloSelfEmployed: 'solo-selbststaendige-und-plattformarbeit',
  goodWork: 'gute-arbeit-und-beteiligung',
  structuralChange: 'strukturwandel-in-ostdeutschland',
} as const
export type TopicSlug = (typeof TOPIC)[keyof typeof TOPIC]

type TopicSeed = Pick<Topic, 'title'> & { slug: TopicSlug; en: string; parent?: TopicSlug }

/** One parent and its children, each named after what the press release talks about. */
export const TOPICS: TopicSeed[] = [
  {
    slug: TOPIC.digitalWork,
    title: 'Arbeit im digitalen Wandel',
    en: 'Work in the digital transformation',
  },
  {
    slug: TOPIC.workplaceChange,
    title: 'Veränderung von Arbeit im Betrieb',
    en: 'Changing work in the company',
    parent: TOPIC.digitalWork,
  },
  {
    slug: TOPIC.learningCulture,
    title: 'Lern- und Arbeitskultur',
    en: 'Culture of learning and working',
    parent: TOPIC.digitalWork,
  },
  {
    slug: TOPIC.training,
    title: 'Weiterbildung',
    en: 'Continuing training',
    parent: TOPIC.digitalWork,
  },
  {
    slug: TOPIC.skills,
    title: 'Kompetenzentwicklung',
    en: 'Skills development',
    parent: TOPIC.digitalWork,
  },
  {
    slug: TOPIC.ai,
    title: 'Künstliche Intelligenz',
    en: 'Artificial intelligence',
    parent: TOPIC.digitalWork,
  },
  {
    slug: TOPIC.sme,
    title: 'Kleine und mittlere Unternehmen (KMU)',
    en: 'Small and medium-sized enterprises (SMEs)',
    parent: TOPIC.digitalWork,
  },
  {
    slug: TOPIC.soloSelfEmployed,
    title: 'Solo-Selbstständige und Plattformarbeit',
    en: 'Solo self-employment and platform work',
    parent: TOPIC.digitalWork,
  },
  {
    slug: TOPIC.goodWork,
    title: 'Gute Arbeit und Beteiligung',
    en: 'Good work and employee participation',
    parent: TOPIC.digitalWork,
  },
  {
    slug: TOPIC.structuralChange,
    title: 'Strukturwandel in Ostdeutschland',
    en: 'Structural change in eastern Germany',
    parent: TOPIC.digitalWork,
  },
]

/** Parents come first in TOPICS, so a child's parent always has an id. */
export async function seedTopics(ctx: SeedContext): Promise<Registry<TopicSlug>> {
  const ids = new Registry<TopicSlug>('topics')
  for (const { slug, title, en, parent } of TOPICS) {
    const doc = await upsertBySlug(ctx, 'topics', {
      data: { slug, title, parent: parent ? ids.get(parent) : undefined },
      english: () => ({ title: en }),
    })
    ids.set(slug, doc.id)
  }
  return ids
}
