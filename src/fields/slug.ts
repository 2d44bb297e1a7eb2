import slugify from '@sindresorhus/slugify'
import {
  slugField,
  validations,
  type CollectionSlug,
  type FieldHook,
  type TextField,
  type Validate,
} from 'payload'

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
 * Uniqueness checked before writing, so the answer is a 400 naming the slug field on MongoDB and
 * on FerretDB alike (FerretDB's duplicate-key error does not say which field clashed). The
 * unique index stays as the guard against two saves racing.
 */
const uniqueSlug: Validate<string, unknown, unknown, TextField> = async (value, options) => {
  const base = await validations.text(value, options)
  if (base !== true || !value || !options.collectionSlug) return base
  const { docs } = await options.req.payload.find({
    collection: options.collectionSlug as CollectionSlug,
    where: {
      and: [
        { slug: { equals: value } },
        ...(options.id ? [{ id: { not_equals: options.id } }] : []),
      ],
    },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req: options.req,
  })
  return docs.length === 0
    ? true
    : `The slug "${value}" is already used by another document; change the title or the slug (die Kurzadresse ist schon vergeben).`
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
      if (slug) {
        slug.label = { de: 'Kurzadresse (Slug)', en: 'Slug' }
        slug.hooks = { ...slug.hooks, beforeValidate: [slugFromSource(useAsSlug)] }
        slug.validate = uniqueSlug
      }
      return row
    },
  })
