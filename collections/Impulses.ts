import {
  bodyField,
  eventField,
  relatedContentField,
  summaryField,
  titleField,
  topicsField,
} from '@/fields/contentFields'
import { germanSlugField } from '@/fields/slug'
import { publicationCollection } from '@/collections/publicationCollection'

/** Short inputs and statements, e.g. a contribution to a panel or a position on a topic. */
export const Impulses = publicationCollection({
  slug: 'impulses',
  labels: {
    singular: { de: 'Impuls', en: 'Impulse' },
    plural: { de: 'Impulse', en: 'Impulses' },
  },
  fields: [
    titleField,
    germanSlugField('title'),
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
    topicsField,
    relatedContentField,
  ],
})
