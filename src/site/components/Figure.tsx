import Image from 'next/image'

import type { Media } from '@/payload-types'
import { imageSource } from '@/site/imageSource'

/** A figure with its alt text, caption and credit; width and height reserve its space. */
export function Figure({ media, priority = false }: { media: Media; priority?: boolean }) {
  if (!media.url || !media.width || !media.height) return null
  return (
    <figure className="figure">
      <Image
        {...imageSource(media.url)}
        alt={media.alt}
        width={media.width}
        height={media.height}
        sizes="(max-width: 64rem) 100vw, 62rem"
        priority={priority}
      />
      {(media.caption || media.credit) && (
        <figcaption>
          {media.caption}
          {media.credit && <span className="credit"> {media.credit}</span>}
        </figcaption>
      )}
    </figure>
  )
}
