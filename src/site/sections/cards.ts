import type { Media } from '@/payload-types'
import type { PublicationCollection } from '@/publicationTypes'
import { personName } from '@/site/personName'

/** What a list shows of any public item: link, title, a line of facts, summary, picture. */
export type Card = {
  key: string
  collection: PublicationCollection | 'people' | 'organisations' | 'topics'
  slug: string
  title: string
  /** A small label above the title: the type in mixed lists, the kind of an organisation. */
  label?: string
  meta: string[]
  date?: string | null
  summary?: string | null
  image?: CardImage | null
}

export type CardImage = { url: string; alt: string; width: number; height: number }

/** The smallest stored size that is still wide enough for a card, else the original. */
export function cardImageOf(media: unknown): CardImage | null {
  if (typeof media !== 'object' || media === null) return null
  const file = media as Media
  const size = file.sizes?.card?.url ? file.sizes.card : file
  if (!size.url || !size.width || !size.height) return null
  return { url: size.url, alt: file.alt ?? '', width: size.width, height: size.height }
}

type Named = { name?: unknown; honorific?: unknown }

/** Names of populated people (ids of people the reader may not see are left out). */
export function namesOf(...lists: unknown[]): string[] {
  const names = lists.flatMap((list) =>
    Array.isArray(list)
      ? list.flatMap((entry: unknown) => {
          const person =
            typeof entry === 'object' && entry !== null && 'person' in entry
              ? (entry as { person: unknown }).person
              : entry
          return typeof person === 'object' && person !== null ? [personName(person as Named)] : []
        })
      : [],
  )
  return [...new Set(names.filter(Boolean))]
}
