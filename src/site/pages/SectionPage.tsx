import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { HAS_EVENT } from '@/api/v1/resources'
import type { PublicationCollection } from '@/publicationTypes'
import { SectionResults } from '@/site/components/SectionResults'
import { SectionFilters, type FilterSelect } from '@/site/components/SectionFilters'
import { alternatesOf, feedAlternates } from '@/site/metadata'
import { sectionPath, type SiteLocale } from '@/site/paths'
import {
  readFilterOptions,
  readPublicationSection,
  readSectionYears,
} from '@/site/sections/readSection'
import type { SectionQuery } from '@/site/sections/sectionQuery'

export type SectionProps = { locale: SiteLocale; query: SectionQuery }

const EVENT_FORMATS = ['onSite', 'virtual', 'hybrid'] as const

/** The list page of one publication type ("/vortraege", "/en/talks"): filters, order, pages. */
export function publicationSection(collection: PublicationCollection) {
  async function generateMetadata(locale: SiteLocale): Promise<Metadata> {
    const types = await getTranslations({ locale, namespace: 'types' })
    const t = await getTranslations({ locale, namespace: 'section' })
    const title = types(`${collection}.other`)
    return {
      title,
      description: t(`intro.${collection}`),
      alternates: {
        ...alternatesOf(locale, (l) => sectionPath(collection, l)),
        types: feedAlternates({ kind: 'type', collection }, locale, title),
      },
    }
  }

  async function Page({ locale, query }: SectionProps) {
    setRequestLocale(locale)
    const [types, t, publication] = await Promise.all([
      getTranslations('types'),
      getTranslations('section'),
      getTranslations('publication'),
    ])
    const [result, years, topics, events] = await Promise.all([
      readPublicationSection(collection, locale, query),
      readSectionYears(collection),
      readFilterOptions('topics', locale),
      HAS_EVENT[collection] ? readFilterOptions('events', locale) : Promise.resolve([]),
    ])
    const base = sectionPath(collection, locale)
    const selects: FilterSelect[] = [
      { name: 'topic', label: t('topic'), options: topics },
      {
        name: 'year',
        label: t('year'),
        options: years.map((y) => ({ value: String(y), label: String(y) })),
      },
      { name: 'event', label: t('event'), options: events },
    ]
    if (collection === 'events') {
      selects.push({
        name: 'kind',
        label: publication('format'),
        options: EVENT_FORMATS.map((format) => ({
          value: format,
          label: publication(`eventFormat.${format}`),
        })),
      })
    }
    return (
      <>
        <h1>{types(`${collection}.other`)}</h1>
        <p className="lead">{t(`intro.${collection}`)}</p>
        <SectionFilters
          action={base}
          query={query}
          selects={selects}
          sorts={['newest', 'oldest', 'title']}
        />
        <SectionResults {...result} base={base} query={query} locale={locale} />
      </>
    )
  }

  return { generateMetadata, Page }
}

export const sections = {
  talks: publicationSection('talks'),
  impulses: publicationSection('impulses'),
  panels: publicationSection('panels'),
  researchNotes: publicationSection('researchNotes'),
  pressReleases: publicationSection('pressReleases'),
  events: publicationSection('events'),
}
