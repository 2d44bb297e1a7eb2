import { bodyField, eventField, summaryField } from '@/fields/contentFields'
import { publicationCollection } from '@/collections/publicationCollection'

/** Press releases; the Sperrfrist (embargo) hides them everywhere except from accredited press. */
export const PressReleases = publicationCollection({
  slug: 'pressReleases',
  labels: {
    singular: { de: 'Pressemitteilung', en: 'Press release' },
    plural: { de: 'Pressemitteilungen', en: 'Press releases' },
  },
  pressReadsEmbargoed: true,
  admin: { defaultColumns: ['title', 'embargoUntil', 'workflowStatus', '_status'] },
  fields: [
    { name: 'subtitle', type: 'text', localized: true, label: { de: 'Dachzeile', en: 'Kicker' } },
    { ...summaryField, label: { de: 'Vorspann', en: 'Lead' } },
    bodyField,
    eventField,
    {
      name: 'figures',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      label: { de: 'Abbildungen', en: 'Figures' },
    },
    {
      name: 'contacts',
      type: 'array',
      label: { de: 'Pressekontakt', en: 'Press contact' },
      labels: {
        singular: { de: 'Pressekontakt', en: 'Press contact' },
        plural: { de: 'Pressekontakte', en: 'Press contacts' },
      },
      fields: [
        { name: 'name', type: 'text', label: { de: 'Name', en: 'Name' } },
        {
          name: 'organisation',
          type: 'relationship',
          relationTo: 'organisations',
          label: { de: 'Organisation', en: 'Organisation' },
        },
        { name: 'email', type: 'email', label: { de: 'E-Mail', en: 'Email' } },
        { name: 'phone', type: 'text', label: { de: 'Telefon', en: 'Phone' } },
      ],
    },
    {
      name: 'fundingNotice',
      type: 'textarea',
      localized: true,
      label: { de: 'Förderhinweis', en: 'Funding notice' },
    },
  ],
})
