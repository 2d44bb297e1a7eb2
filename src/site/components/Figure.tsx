import Image from 'next/image'
import { getLocale, getTranslations } from 'next-intl/server'

import type { Media } from '@/payload-types'
import { imageSource } from '@/site/imageSource'
import { isSiteLocale } from '@/site/paths'

import { LicenceLink } from './LicenceLink'

/**
 * A figure with its alt text, caption, credit and licence. Width and height reserve its space;
 * CSS keeps it inside the column and `sizes` lets the browser fetch no more than the column's
 * width, however large the original (a 4,000 px photo is served at the column's size).
 */
export async function Figure({ media, priority = false }: { media: Media; priority?: boolean }) {
  if (!media.url || !media.width || !media.height) return null
  const requested = await getLocale()
  const locale = isSiteLocale(requested) ? requested : 'de'
  const t = await getTranslations({ locale, namespace: 'publication' })
  return (
    <figure className="figure">
      <Image
        {...imageSource(media.url, Boolean(media.public || media.publicUse))}
        alt={media.alt ?? ''}
        width={media.width}
        height={media.height}
        sizes="(max-width: 64rem) calc(100vw - 2.5rem), 61.5rem"
        priority={priority}
      />
      {(media.caption || media.credit || media.licence) && (
        <figcaption>
          {media.caption}
          {(media.credit || media.licence) && (
            <span className="credit">
              {' '}
              {media.credit && <>{`${t('credit')}: ${media.credit}`}</>}
              {media.credit && media.licence && ', '}
              {media.licence && <LicenceLink value={media.licence} locale={locale} />}
            </span>
          )}
        </figcaption>
      )}
    </figure>
  )
}
