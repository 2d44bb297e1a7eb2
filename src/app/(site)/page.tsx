import Link from 'next/link'

import { formatGermanDate } from '@/site/formatDate'
import { talkPath } from '@/site/paths'
import { personNames } from '@/site/personName'
import { listPublished } from '@/site/publications'

export const dynamic = 'force-dynamic'

export default async function HomePage() {
  const talks = await listPublished('talks')
  return (
    <>
      <h1>Wissen aus der Arbeitswelt von morgen</h1>
      <p>
        Vorträge, Impulse und Diskussionsergebnisse zu Lernen, Kompetenzen und Arbeit im digitalen
        Wandel.
      </p>
      <h2>Neueste Vorträge</h2>
      {talks.length === 0 ? (
        <p>Noch keine Vorträge veröffentlicht.</p>
      ) : (
        <ul className="publication-list">
          {talks.map((talk) => (
            <li key={talk.id}>
              <Link href={talkPath(talk.slug)}>{talk.title}</Link>
              <div className="meta">
                {[...personNames(talk.speakers), formatGermanDate(talk.publishedAt)]
                  .filter(Boolean)
                  .join(' · ')}
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
