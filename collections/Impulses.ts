import { bodyField, eventField, summaryField } from '@/fields/contentFields'
import { publicationCollection } from '@/collections/publicationCollection'

/** Short inputs and statements, e.g. a contribution to a panel or a position on a topic. */
export const Impulses = publicationCollection({
  slug: 'impulses',
  labels: {
    singular: { de: 'Impuls', en: 'Impulse' },
    plural: { de: 'Impulse', en: 'Impulses' },
  },
  fields: [
    {
      name: 'authors',
      type: 'relationship',
      relationTo: 'people',
      hasMany: true,
      label: { de: 'Autorinnen und Autoren', en: 'Authors' },
    },
    eventField,
    summaryField,
    bodyField,
  ],
})
