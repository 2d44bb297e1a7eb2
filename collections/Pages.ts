import type { CollectionConfig } from 'payload'

import { hasRoles } from '@/access/hasRoles'
import { revalidateSiteAfterChange, revalidateSiteAfterDelete } from '@/hooks/revalidateSite'

/**
 * The pages a German organisation must have (Impressum, Datenschutzerklärung, Kontakt,
 * Erklärung zur Barrierefreiheit), one document each, German and English. Their addresses are
 * fixed (LEGAL_SEGMENTS in src/site/paths.ts), so a page is picked by its key, not by a slug editors could change.
 */
export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: {
    singular: { de: 'Seite', en: 'Page' },
    plural: { de: 'Pflichtseiten', en: 'Legal pages' },
  },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'key', 'updatedAt'] },
  access: {
    read: () => true,
    create: hasRoles('admin', 'editor'),
    update: hasRoles('admin', 'editor'),
    delete: hasRoles('admin', 'editor'),
  },
  hooks: {
    afterChange: [revalidateSiteAfterChange],
    afterDelete: [revalidateSiteAfterDelete],
  },
  fields: [
    {
      name: 'key',
      type: 'select',
      required: true,
      unique: true,
      index: true,
      label: { de: 'Seite', en: 'Page' },
      options: [
        { value: 'imprint', label: { de: 'Impressum', en: 'Imprint' } },
        { value: 'privacy', label: { de: 'Datenschutzerklärung', en: 'Privacy policy' } },
        { value: 'contact', label: { de: 'Kontakt', en: 'Contact' } },
        {
          value: 'accessibility',
          label: { de: 'Erklärung zur Barrierefreiheit', en: 'Accessibility statement' },
        },
      ],
      admin: { position: 'sidebar' },
    },
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      label: { de: 'Titel', en: 'Title' },
    },
    {
      name: 'body',
      type: 'richText',
      required: true,
      localized: true,
      label: { de: 'Inhalt', en: 'Body' },
    },
  ],
}
