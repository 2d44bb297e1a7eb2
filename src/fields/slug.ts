import slugify from '@sindresorhus/slugify'
import { slugField, type FieldHook, type TextField } from 'payload'

/** "Größe & Übergänge für Gründerinnen" → "groesse-und-uebergaenge-fuer-gruenderinnen". */
export function germanSlug(text: string): string {
  return slugify(text, { locale: 'de', customReplacements: [['&', ' und ']] })
}

const slugFromSource =
  (useAsSlug: string): FieldHook =>
  ({ value, data, originalDoc }) => {
    if (value) return value
    const source: unknown = data?.[useAsSlug] ?? originalDoc?.[useAsSlug]
    return typeof source === 'string' && source.trim() ? germanSlug(source) : value
  }

/**
 * Payload's slug field (unique, indexed, generated from the title, editable in the admin) with
 * German transliteration. Payload generates the slug in a `beforeChange` hook, after the
 * required-check has run for documents created through the API; the `beforeValidate` hook fills
 * it in time for them.
 */
export const germanSlugField = (useAsSlug = 'title') =>
  slugField({
    useAsSlug,
    slugify: ({ valueToSlugify }) =>
      typeof valueToSlugify === 'string' ? germanSlug(valueToSlugify) : undefined,
    overrides: (row) => {
      const slug = row.fields.find(
        (field): field is TextField => 'name' in field && field.name === 'slug',
      )
      if (slug) slug.hooks = { ...slug.hooks, beforeValidate: [slugFromSource(useAsSlug)] }
      return row
    },
  })
