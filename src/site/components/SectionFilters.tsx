import Link from 'next/link'
import { getTranslations } from 'next-intl/server'

import {
  activeFilterCount,
  type SectionQuery,
  type SectionSort,
} from '@/site/sections/sectionQuery'

export type FilterSelect = {
  name: 'topic' | 'year' | 'event' | 'kind' | 'organisation'
  label: string
  options: { value: string; label: string }[]
}

/**
 * A plain GET form: filters, order and "Anwenden" work without JavaScript, and every state of
 * the list has its own URL to share or bookmark.
 */
export async function SectionFilters({
  action,
  query,
  selects,
  sorts,
}: {
  action: string
  query: SectionQuery
  selects: FilterSelect[]
  sorts: SectionSort[]
}) {
  const t = await getTranslations('section')
  const active = activeFilterCount(query)
  return (
    <form method="get" action={action} className="section-filters" aria-label={t('filterForm')}>
      {selects
        .filter((select) => select.options.length > 0)
        .map((select) => (
          <label key={select.name} className="filter-field">
            <span>{select.label}</span>
            <select name={select.name} defaultValue={String(query[select.name] ?? '')}>
              <option value="">{t('all')}</option>
              {select.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </label>
        ))}
      <label className="filter-field">
        <span>{t('sort')}</span>
        <select name="sort" defaultValue={query.sort ?? sorts[0]}>
          {sorts.map((sort) => (
            <option key={sort} value={sort}>
              {t(`sorts.${sort}`)}
            </option>
          ))}
        </select>
      </label>
      <div className="filter-actions">
        <button type="submit">{t('apply')}</button>
        {active > 0 && <Link href={action}>{t('reset', { count: active })}</Link>}
      </div>
    </form>
  )
}
