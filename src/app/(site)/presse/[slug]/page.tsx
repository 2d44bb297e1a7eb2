import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { formatGermanDate } from '@/site/formatDate'
import { findPublished } from '@/site/publications'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const release = await findPublished('pressReleases', (await params).slug)
  return release ? { title: release.title, description: release.summary ?? undefined } : {}
}

export default async function PressReleasePage({ params }: Props) {
  const release = await findPublished('pressReleases', (await params).slug)
  if (!release) notFound()
  return (
    <article>
      <p className="meta">Pressemitteilung · {formatGermanDate(release.publishedAt)}</p>
      {release.subtitle && <p className="meta">{release.subtitle}</p>}
      <h1>{release.title}</h1>
      {release.summary && <p>{release.summary}</p>}
      {release.body && <RichText data={release.body} />}
      {release.fundingNotice && <p className="meta">{release.fundingNotice}</p>}
    </article>
  )
}
