import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { formatGermanDate } from '@/site/formatDate'
import { personNames } from '@/site/personName'
import { findPublished } from '@/site/publications'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const talk = await findPublished('talks', (await params).slug)
  return talk ? { title: talk.title, description: talk.abstract ?? undefined } : {}
}

export default async function TalkPage({ params }: Props) {
  const talk = await findPublished('talks', (await params).slug)
  if (!talk) notFound()
  return (
    <article>
      <p className="meta">Vortrag</p>
      <h1>{talk.title}</h1>
      <p className="meta">
        {[...personNames(talk.speakers), formatGermanDate(talk.publishedAt)]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {talk.abstract && <p>{talk.abstract}</p>}
      {talk.body && <RichText data={talk.body} />}
    </article>
  )
}
