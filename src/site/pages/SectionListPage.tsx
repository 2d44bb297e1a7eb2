import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { isPageCollection, type PageCollection, type SiteLocale } from '@/site/paths'
import { sectionQueryFromSegment } from '@/site/sections/sectionQuery'

import { referenceSections } from './ReferenceSectionPages'
import { sections, type SectionProps } from './SectionPage'

const SECTION_PAGES: Record<
  PageCollection,
  {
    generateMetadata: (locale: SiteLocale) => Promise<Metadata>
    Page: (props: SectionProps) => Promise<React.JSX.Element>
  }
> = { ...sections, ...referenceSections }

type Props = { params: Promise<{ locale: SiteLocale; section: string; filters: string }> }

/**
 * Every section list ("/vortraege", "/en/people?organisation=x"), reached through the proxy's
 * rewrite to "/liste/<collection>/<filters>" (src/site/sections/sectionListPath.ts).
 */
export default async function SectionListPage({ params }: Props) {
  const { locale, section, filters } = await params
  if (!isPageCollection(section)) notFound()
  const { Page } = SECTION_PAGES[section]
  return <Page locale={locale} query={sectionQueryFromSegment(filters)} />
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, section } = await params
  if (!isPageCollection(section)) return {}
  return SECTION_PAGES[section].generateMetadata(locale)
}
