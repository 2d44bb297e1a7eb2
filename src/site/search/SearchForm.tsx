'use client'

import { useRouter } from 'next/navigation'
import { useTranslations } from 'next-intl'
import {
  useEffect,
  useLayoutEffect,
  useRef,
  useTransition,
  type FormEvent,
  type ReactNode,
} from 'react'

import type { PageFacet } from './searchState'

type FacetOption = { value: string; count: number; selected: boolean; label: string }

const TYPING_PAUSE_MS = 250
const WIDE_SCREEN = '(min-width: 48rem)'

/**
 * The facet checkbox a reader just toggled. A changed filter mounts a new form (see SearchPage),
 * so the checkbox is found again in it and gets the focus back instead of the page's top.
 */
let focusAfterNavigation: { name: string; value: string } | null = null

/**
 * The search field a navigation replaced while the reader was typing in it: the search's route
 * segment holds the query, so every navigation while typing mounts a new page and form. The new
 * field takes over the text (with the letters typed meanwhile), the caret and the focus, in the
 * same commit, so no keystroke falls between the two.
 */
let typingHandedOver: {
  action: string
  text: string
  selectionStart: number | null
  selectionEnd: number | null
} | null = null

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
  activeFilters,
  children,
}: {
  action: string
  query: string
  sort: 'relevance' | 'date'
  facets: { facet: PageFacet; values: FacetOption[] }[]
  /** How many filters are set: shown on the collapsed filter panel. */
  activeFilters: number
  /** The results, beside the filters. */
  children: ReactNode
}) {
  const t = useTranslations('search')
  const router = useRouter()
  const form = useRef<HTMLFormElement>(null)
  const queryInput = useRef<HTMLInputElement>(null)
  const typingTimer = useRef<ReturnType<typeof setTimeout>>(undefined)
  const filterPanel = useRef<HTMLDetailsElement>(null)
  const [isPending, startTransition] = useTransition()
  // Filters collapsed on a phone (results first), open beside the results on a wide screen.
  useEffect(() => {
    if (filterPanel.current && window.matchMedia(WIDE_SCREEN).matches)
      filterPanel.current.open = true
  }, [])
  // In the commit that mounts this form (a layout effect), so no keystroke falls before it.
  useLayoutEffect(() => {
    const target = focusAfterNavigation
    focusAfterNavigation = null
    if (!target || !form.current) return
    const control = [...form.current.querySelectorAll('input')].find(
      (input) => input.name === target.name && input.value === target.value,
    )
    if (!control) return
    if (filterPanel.current) filterPanel.current.open = true
    control.focus({ preventScroll: true })
  }, [])
  // "Back" to an earlier query: show it, unless the reader is typing.
  useEffect(() => {
    const input = queryInput.current
    if (input && document.activeElement !== input) input.value = query
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

  const afterTypingPause = () => {
    clearTimeout(typingTimer.current)
    typingTimer.current = setTimeout(() => navigate('replace'), TYPING_PAUSE_MS)
  }

  useLayoutEffect(() => {
    const input = queryInput.current!
    const typed = typingHandedOver
    typingHandedOver = null
    if (typed?.action === action) {
      input.value = typed.text
      input.focus({ preventScroll: true })
      input.setSelectionRange(typed.selectionStart, typed.selectionEnd)
      if (typed.text.trim() !== query) afterTypingPause()
    }
    return () => {
      clearTimeout(typingTimer.current)
      if (document.activeElement !== input) return
      typingHandedOver = {
        action,
        text: input.value,
        selectionStart: input.selectionStart,
        selectionEnd: input.selectionEnd,
      }
      // Taken by the form that replaces this one in this commit, or by none.
      queueMicrotask(() => (typingHandedOver = null))
    }
    // Only on mount and unmount: a new form is mounted for each navigation.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

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
          ref={queryInput}
          id="q"
          name="q"
          type="search"
          defaultValue={query}
          placeholder={t('placeholder')}
          autoComplete="off"
          onChange={afterTypingPause}
        />
        <button type="submit">{t('submit')}</button>
      </div>
      <p className="search-status" aria-live="polite">
        {isPending ? t('searching') : ''}
      </p>
      <div className="search-layout">
        <div className="search-results">{children}</div>
        <div className="search-options">
          <label>
            {t('sort')}{' '}
            <select name="sort" defaultValue={sort} onChange={() => navigate('push')}>
              <option value="relevance">{t('sortRelevance')}</option>
              <option value="date">{t('sortDate')}</option>
            </select>
          </label>
          {facets.length > 0 && (
            <details ref={filterPanel} className="facets">
              <summary>
                {t('filters')}
                {activeFilters > 0 && (
                  <span className="filter-count">
                    {' '}
                    ({t('activeFilters', { count: activeFilters })})
                  </span>
                )}
              </summary>
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
                        onChange={(event) => {
                          focusAfterNavigation = { name: facet, value: event.currentTarget.value }
                          navigate('push')
                        }}
                      />{' '}
                      {option.label} <span className="count">({option.count})</span>
                    </label>
                  ))}
                </fieldset>
              ))}
            </details>
          )}
          <noscript>
            <button type="submit">{t('apply')}</button>
          </noscript>
        </div>
      </div>
    </form>
  )
}
