import Image from 'next/image'
import Link from 'next/link'

import { imageSource } from '@/site/imageSource'
import { pagePath, type SiteLocale } from '@/site/paths'
import type { Card } from '@/site/sections/cards'

/** Items as cards with their picture (teaser image or portrait) where there is one. */
export function CardList({
  cards,
  locale,
  ordered = false,
}: {
  cards: Card[]
  locale: SiteLocale
  ordered?: boolean
}) {
  const List = ordered ? 'ol' : 'ul'
  return (
    <List className="card-list">
      {cards.map((card) => (
        <li key={card.key} className={card.image ? 'card has-image' : 'card'}>
          {card.image && (
            <Image
              {...imageSource(card.image.url)}
              alt=""
              width={card.image.width}
              height={card.image.height}
              sizes="(max-width: 40rem) 6rem, 10rem"
              className={card.collection === 'people' ? 'card-image portrait' : 'card-image'}
            />
          )}
          <div className="card-text">
            {card.label && <span className="type-label">{card.label}</span>}
            <Link href={pagePath(card.collection, card.slug, locale)} className="card-title">
              {card.title}
            </Link>
            {card.meta.length > 0 && <div className="meta">{card.meta.join(' · ')}</div>}
            {card.summary && <p className="card-summary">{card.summary}</p>}
          </div>
        </li>
      ))}
    </List>
  )
}
