import type { Metadata } from 'next'
import Link from 'next/link'

import { searchPublications, type PublicationSearchResult } from '@/search/searchPublications'
import { getSynonymGroups } from '@/search/synonymGroups'
import { Highlighted } from '@/site/components/Highlighted'
import { getSitePayload } from '@/site/payloadClient'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Suche' }

type Props = { searchParams: Promise<{ q?: string | string[] }> }

export default async function SearchPage({ searchParams }: Props) {
  const raw = (await searchParams).q
  const query = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 200) ?? ''

  let result: PublicationSearchResult | undefined
  let failed = false
  if (query) {
    try {
      const synonymGroups = await getSynonymGroups(await getSitePayload())
      result = await searchPublications({ query, language: 'de', synonymGroups })
    } catch {
      failed = true
    }
  }

  return (
    <>
      <h1>Suche</h1>
      <form className="search-form" role="search" action="/suche">
        <label htmlFor="q" className="visually-hidden">
          Suchbegriff
        </label>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={query}
          placeholder="z. B. Lernkultur, KI, Weiterbildung"
        />
        <button type="submit">Suchen</button>
      </form>
      {failed && (
        <p role="alert">
          Die Suche ist gerade nicht erreichbar. Bitte versuchen Sie es in einer Minute erneut.
        </p>
      )}
      {result && (
        <section aria-live="polite">
          <p className="meta">
            {result.totalHits === 1 ? '1 Treffer' : `${result.totalHits} Treffer`} für „
            {result.query}“
          </p>
          <ol className="publication-list" data-testid="search-results">
            {result.hits.map((hit) => (
              <li key={`${hit.language}-${hit.id}`}>
                <Link href={hit.url}>
                  <Highlighted text={hit.highlighted.title} />
                </Link>
                {hit.people.length > 0 && <div className="meta">{hit.people.join(', ')}</div>}
                <p>
                  <Highlighted text={hit.highlighted.summary || hit.highlighted.body} />
                </p>
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  )
}
