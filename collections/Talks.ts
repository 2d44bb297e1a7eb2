import { bodyField, eventField, summaryField } from '@/fields/contentFields'
import { httpUrlField } from '@/fields/httpUrl'
import { publicationCollection } from '@/collections/publicationCollection'
import { oaiDeletionHooks } from '@/oai/deletedRecords'

/** Keynotes, welcome addresses and expert inputs ("Fachimpulse"). */
export const Talks = publicationCollection({
  // Harvested by OAI-PMH, which reports them when they are unpublished or deleted.
  hooks: oaiDeletionHooks,
  slug: 'talks',
  labels: {
    singular: { de: 'Vortrag', en: 'Talk' },
    plural: { de: 'Vorträge', en: 'Talks' },
  },
  admin: { defaultColumns: ['title', 'kind', 'event', 'workflowStatus', '_status'] },
  fields: [
    {
      name: 'kind',
      type: 'select',
      label: { de: 'Art', en: 'Kind' },
      defaultValue: 'talk',
      options: [
        { value: 'welcome', label: { de: 'Begrüßung / Eröffnung', en: 'Welcome address' } },
        { value: 'keynote', label: { de: 'Keynote', en: 'Keynote' } },
        { value: 'expertInput', label: { de: 'Fachimpuls', en: 'Expert input' } },
        { value: 'talk', label: { de: 'Vortrag', en: 'Talk' } },
      ],
    },
    {
      name: 'speakers',
      type: 'relationship',
      relationTo: 'people',
      hasMany: true,
      label: { de: 'Vortragende', en: 'Speakers' },
    },
    eventField,
    {
      name: 'session',
      type: 'text',
      localized: true,
      label: { de: 'Programmpunkt', en: 'Session' },
    },
    { ...summaryField, name: 'abstract', label: { de: 'Kurzfassung', en: 'Abstract' } },
    bodyField,
    {
      name: 'quotes',
      type: 'array',
      label: { de: 'Zitate', en: 'Quotes' },
      labels: { singular: { de: 'Zitat', en: 'Quote' }, plural: { de: 'Zitate', en: 'Quotes' } },
      fields: [
        {
          name: 'text',
          type: 'textarea',
          required: true,
          localized: true,
          label: { de: 'Zitat', en: 'Quote' },
        },
        {
          name: 'person',
          type: 'relationship',
          relationTo: 'people',
          label: { de: 'Person', en: 'Person' },
        },
      ],
    },
    httpUrlField({ name: 'slidesUrl', label: { de: 'Folien (URL)', en: 'Slides (URL)' } }),
    httpUrlField({ name: 'videoUrl', label: { de: 'Video (URL)', en: 'Video (URL)' } }),
  ],
})
