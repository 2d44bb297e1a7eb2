import slugify from '@sindresorhus/slugify'
import { slugField } from 'payload'

/** "Lern- und Arbeitskultur für Gründerinnen" → "lern-und-arbeitskultur-fuer-gruenderinnen". */
export function germanSlug(text: string): string {
  return slugify(text, { locale: 'de' })
}

/** Payload's slug field (unique, indexed, generated from the title) with German transliteration. */
export const germanSlugField = (useAsSlug = 'title') =>
  slugField({
    useAsSlug,
    slugify: ({ valueToSlugify }) =>
      typeof valueToSlugify === 'string' ? germanSlug(valueToSlugify) : undefined,
  })
