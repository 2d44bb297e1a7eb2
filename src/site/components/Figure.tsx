import Image from 'next/image'

import { getEnv } from '@/env'
import type { Media } from '@/payload-types'

/**
 * Payload names files by absolute URL (its serverURL). Files it serves itself go to Next.js's
 * image optimiser as local paths (resized, modern formats); files on S3 are shown as they are,
 * so no remote host has to be allowed for the optimiser. Only public files are optimised.
 */
function imageSource(media: Media): { src: string; unoptimized: boolean } {
  const own = new URL(getEnv().SERVER_URL)
  const parsed = new URL(media.url!, own)
  // The optimiser fetches as an anonymous visitor: a figure not yet public (an editor's preview
  // of a draft) goes straight to the file route, with the editor's session.
  const isPublic = Boolean(media.public || media.publicUse)
  return parsed.origin === own.origin && isPublic
    ? { src: `${parsed.pathname}${parsed.search}`, unoptimized: false }
    : {
        src: parsed.origin === own.origin ? `${parsed.pathname}${parsed.search}` : parsed.href,
        unoptimized: true,
      }
}

/** A figure with its alt text, caption and credit; width and height reserve its space. */
export function Figure({ media, priority = false }: { media: Media; priority?: boolean }) {
  if (!media.url || !media.width || !media.height) return null
  return (
    <figure className="figure">
      <Image
        {...imageSource(media)}
        alt={media.alt ?? ''}
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
