import { getTranslations } from 'next-intl/server'

import type { SiteLocale } from '@/site/paths'
import type { Card } from '@/site/sections/cards'
import { sectionHref, type SectionQuery } from '@/site/sections/sectionQuery'

import { CardList } from './CardList'
import { Pagination } from './Pagination'

/** One page of a section's list: how many there are, the cards, and the page links. */
export async function SectionResults({
  cards,
  page,
  totalPages,
  totalDocs,
  base,
  query,
  locale,
}: {
  cards: Card[]
  page: number
  totalPages: number
  totalDocs: number
  /** The section's address, which the page links extend. */
  base: string
  query: SectionQuery
  locale: SiteLocale
}) {
  const t = await getTranslations('section')
  return (
    <section aria-labelledby="liste" className="section-results">
      <h2 id="liste">{t('count', { count: totalDocs })}</h2>
      {cards.length === 0 ? (
        <p className="notice">{t('empty')}</p>
      ) : (
        <CardList cards={cards} locale={locale} />
      )}
      <Pagination
        page={page}
        totalPages={totalPages}
        hrefOf={(target) => sectionHref(base, query, { page: target })}
      />
    </section>
  )
}
