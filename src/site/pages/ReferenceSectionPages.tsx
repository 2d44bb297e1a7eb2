import type { Metadata } from 'next'
import Link from 'next/link'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import type { Topic } from '@/payload-types'
import { SectionResults } from '@/site/components/SectionResults'
import { SectionFilters } from '@/site/components/SectionFilters'
import { alternatesOf } from '@/site/metadata'
import { pagePath, sectionPath, type SiteLocale } from '@/site/paths'
import {
  listOrganisationKinds,
  readFilterOptions,
  readOrganisationSection,
  readPeopleSection,
  readTopicTree,
} from '@/site/sections/readSection'

import type { SectionProps } from './SectionPage'

type Reference = 'people' | 'organisations' | 'topics'

function referenceMetadata(collection: Reference) {
  return async function generateMetadata(locale: SiteLocale): Promise<Metadata> {
    const types = await getTranslations({ locale, namespace: 'types' })
    const t = await getTranslations({ locale, namespace: 'section' })
    return {
      title: types(`${collection}.other`),
      description: t(`intro.${collection}`),
      alternates: alternatesOf(locale, (l) => sectionPath(collection, l)),
    }
  }
}

async function PeoplePage({ locale, query }: SectionProps) {
  setRequestLocale(locale)
  const [types, t] = await Promise.all([getTranslations('types'), getTranslations('section')])
  const [result, organisations] = await Promise.all([
    readPeopleSection(locale, query),
    readFilterOptions('organisations', locale),
  ])
  const base = sectionPath('people', locale)
  return (
    <>
      <h1>{types('people.other')}</h1>
      <p className="lead">{t('intro.people')}</p>
      <SectionFilters
        action={base}
        query={query}
        selects={[{ name: 'organisation', label: t('organisation'), options: organisations }]}
        sorts={['title']}
      />
      <SectionResults {...result} base={base} query={query} locale={locale} />
    </>
  )
}

async function OrganisationsPage({ locale, query }: SectionProps) {
  setRequestLocale(locale)
  const [types, t, organisation] = await Promise.all([
    getTranslations('types'),
    getTranslations('section'),
    getTranslations('organisation'),
  ])
  const [result, kinds] = await Promise.all([
    readOrganisationSection(locale, query),
    listOrganisationKinds(),
  ])
  const kindLabel = (kind: string) => organisation(`kinds.${kind}`)
  const cards = result.cards.map((card) => ({
    ...card,
    label: card.label ? kindLabel(card.label) : undefined,
  }))
  const base = sectionPath('organisations', locale)
  return (
    <>
      <h1>{types('organisations.other')}</h1>
      <p className="lead">{t('intro.organisations')}</p>
      <SectionFilters
        action={base}
        query={query}
        selects={[
          {
            name: 'kind',
            label: t('kind'),
            options: kinds.map((kind) => ({ value: kind, label: kindLabel(kind) })),
          },
        ]}
        sorts={['title']}
      />
      <SectionResults {...result} cards={cards} base={base} query={query} locale={locale} />
    </>
  )
}

/** Topics as their tree: top-level topics with their subtopics beneath. */
async function TopicsPage({ locale }: SectionProps) {
  setRequestLocale(locale)
  const [types, t] = await Promise.all([getTranslations('types'), getTranslations('section')])
  const topics = await readTopicTree(locale)
  const parentId = (topic: Topic) =>
    typeof topic.parent === 'object' && topic.parent ? topic.parent.id : (topic.parent ?? null)
  const ids = new Set(topics.map((topic) => topic.id))
  const roots = topics.filter((topic) => !parentId(topic) || !ids.has(parentId(topic)!))
  const childrenOf = (id: string) => topics.filter((topic) => parentId(topic) === id)
  const renderTopic = (topic: Topic) => {
    const children = childrenOf(topic.id)
    return (
      <li key={topic.id}>
        <Link href={pagePath('topics', topic.slug, locale)} className="card-title">
          {topic.title}
        </Link>
        {topic.description && <p className="card-summary">{topic.description}</p>}
        {children.length > 0 && <ul className="topic-tree">{children.map(renderTopic)}</ul>}
      </li>
    )
  }
  return (
    <>
      <h1>{types('topics.other')}</h1>
      <p className="lead">{t('intro.topics')}</p>
      {roots.length === 0 ? (
        <p className="notice">{t('empty')}</p>
      ) : (
        <ul className="topic-tree">{roots.map(renderTopic)}</ul>
      )}
    </>
  )
}

export const referenceSections = {
  people: { generateMetadata: referenceMetadata('people'), Page: PeoplePage },
  organisations: { generateMetadata: referenceMetadata('organisations'), Page: OrganisationsPage },
  topics: { generateMetadata: referenceMetadata('topics'), Page: TopicsPage },
}
