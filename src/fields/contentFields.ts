import type { Field, TextareaField } from 'payload'

import { PUBLICATION_COLLECTIONS } from '@/publicationTypes'

export const summaryField: TextareaField = {
  name: 'summary',
  type: 'textarea',
  label: { de: 'Zusammenfassung', en: 'Summary' },
  localized: true,
}

export const topicsField: Field = {
  name: 'topics',
  type: 'relationship',
  relationTo: 'topics',
  hasMany: true,
  label: { de: 'Themen', en: 'Topics' },
}

export const eventField: Field = {
  name: 'event',
  type: 'relationship',
  relationTo: 'events',
  label: { de: 'Veranstaltung', en: 'Event' },
  index: true,
}

export const bodyField: Field = {
  name: 'body',
  type: 'richText',
  label: { de: 'Inhalt', en: 'Body' },
  localized: true,
}

export const relatedContentField: Field = {
  name: 'related',
  type: 'relationship',
  relationTo: [...PUBLICATION_COLLECTIONS],
  hasMany: true,
  // Related items show as links (title, slug); their own relations would lead back in a cycle.
  maxDepth: 1,
  label: { de: 'Verwandte Inhalte', en: 'Related content' },
}

export const seoField: Field = {
  name: 'seo',
  type: 'group',
  label: 'SEO',
  admin: { position: 'sidebar' },
  fields: [
    {
      name: 'title',
      type: 'text',
      localized: true,
      label: { de: 'Seitentitel', en: 'Page title' },
    },
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      maxLength: 300,
      label: { de: 'Beschreibung', en: 'Description' },
    },
    {
      name: 'image',
      type: 'upload',
      relationTo: 'media',
      label: { de: 'Vorschaubild', en: 'Preview image' },
    },
  ],
}

export const titleField: Field = {
  name: 'title',
  type: 'text',
  label: { de: 'Titel', en: 'Title' },
  required: true,
  localized: true,
}
