'use client'

import { useRouter } from 'next/navigation'
import { useTranslations } from 'next-intl'
import { useEffect, useRef, useTransition, type FormEvent, type ReactNode } from 'react'

import type { PageFacet } from './searchState'

type FacetOption = { value: string; count: number; selected: boolean; label: string }

const TYPING_PAUSE_MS = 250

/**
 * A plain GET form, so search, filters and sort work without JavaScript (submit button). With
 * JavaScript, results follow typing and every change of a filter or the order at once; the URL
 * holds the state either way (typing replaces the history entry, filter changes add one).
 */
export function SearchForm({
  action,
  query,
  sort,
  facets,
  children,
}: {
  action: string
  query: string
  sort: 'relevance' | 'date'
  facets: { facet: PageFacet; values: FacetOption[] }[]
  /** The results, beside the filters. */
  children: ReactNode
}) {
  const t = useTranslations('search')
  const router = useRouter()
  const form = useRef<HTMLFormElement>(null)
  const typingTimer = useRef<ReturnType<typeof setTimeout>>(undefined)
  const [isPending, startTransition] = useTransition()
  useEffect(() => () => clearTimeout(typingTimer.current), [])
  // "Back" to an earlier query: show it, unless the reader is typing.
  useEffect(() => {
    const input = form.current?.elements.namedItem('q')
    if (input instanceof HTMLInputElement && document.activeElement !== input) input.value = query
  }, [query])

  const urlOfForm = () => {
    const params = new URLSearchParams()
    for (const [name, value] of new FormData(form.current!)) {
      if (typeof value === 'string' && value.trim() !== '') params.append(name, value.trim())
    }
    const search = params.toString()
    return search ? `${action}?${search}` : action
  }
  const navigate = (mode: 'push' | 'replace') =>
    startTransition(() => router[mode](urlOfForm(), { scroll: false }))

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    clearTimeout(typingTimer.current)
    navigate('push')
  }

  return (
    <form ref={form} action={action} method="get" role="search" onSubmit={onSubmit}>
      <div className="search-form">
        <label htmlFor="q" className="visually-hidden">
          {t('label')}
        </label>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={query}
          placeholder={t('placeholder')}
          autoComplete="off"
          onChange={() => {
            clearTimeout(typingTimer.current)
            typingTimer.current = setTimeout(() => navigate('replace'), TYPING_PAUSE_MS)
          }}
        />
        <button type="submit">{t('submit')}</button>
      </div>
      <p className="search-status" aria-live="polite">
        {isPending ? t('searching') : ''}
      </p>
      <div className="search-layout">
        <div className="search-options">
          <label>
            {t('sort')}{' '}
            <select name="sort" defaultValue={sort} onChange={() => navigate('push')}>
              <option value="relevance">{t('sortRelevance')}</option>
              <option value="date">{t('sortDate')}</option>
            </select>
          </label>
          {facets.map(({ facet, values }) => (
            <fieldset key={facet} className="facet">
              <legend>{t(`facet.${facet}`)}</legend>
              {values.map((option) => (
                <label key={option.value} className="facet-option">
                  <input
                    type="checkbox"
                    name={facet}
                    value={option.value}
                    defaultChecked={option.selected}
                    onChange={() => navigate('push')}
                  />{' '}
                  {option.label} <span className="count">({option.count})</span>
                </label>
              ))}
            </fieldset>
          ))}
          <noscript>
            <button type="submit">{t('apply')}</button>
          </noscript>
        </div>
        <div className="search-results">{children}</div>
      </div>
    </form>
  )
}
