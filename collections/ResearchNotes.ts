import { validations } from 'payload'

import { bodyField, summaryField } from '@/fields/contentFields'
import { httpUrlField } from '@/fields/httpUrl'
import { requiredToPublish } from '@/fields/requiredToPublish'
import { publicationCollection } from '@/collections/publicationCollection'
import { oaiDeletionHooks } from '@/oai/deletedRecords'

/** Research notes with citation metadata, licence and optional DOI and PDF. */
export const ResearchNotes = publicationCollection({
  // Harvested by OAI-PMH, which reports them when they are unpublished or deleted.
  hooks: oaiDeletionHooks,
  slug: 'researchNotes',
  labels: {
    singular: { de: 'Forschungsnotiz', en: 'Research note' },
    plural: { de: 'Forschungsnotizen', en: 'Research notes' },
  },
  fields: [
    {
      name: 'authors',
      type: 'relationship',
      relationTo: 'people',
      hasMany: true,
      required: true,
      validate: requiredToPublish(validations.relationship),
      label: { de: 'Autorinnen und Autoren', en: 'Authors' },
    },
    { ...summaryField, name: 'abstract', label: { de: 'Abstract', en: 'Abstract' } },
    bodyField,
    {
      name: 'references',
      type: 'array',
      label: { de: 'Literatur', en: 'References' },
      labels: {
        singular: { de: 'Literaturangabe', en: 'Reference' },
        plural: { de: 'Literatur', en: 'References' },
      },
      fields: [
        {
          name: 'citation',
          type: 'textarea',
          required: true,
          label: { de: 'Angabe', en: 'Citation' },
        },
        httpUrlField({ name: 'url', label: 'URL' }),
        { name: 'doi', type: 'text', label: 'DOI' },
      ],
    },
    {
      name: 'doi',
      type: 'text',
      label: 'DOI',
      validate: (value: string | null | undefined) =>
        !value ||
        /^10\.\d{4,9}\/\S+$/.test(value) ||
        'Eine DOI hat die Form 10.1234/abc (ohne https://doi.org/).',
    },
    { name: 'pdf', type: 'upload', relationTo: 'media', label: { de: 'PDF', en: 'PDF' } },
    {
      name: 'licence',
      type: 'select',
      label: { de: 'Lizenz', en: 'Licence' },
      defaultValue: 'CC-BY-4.0',
      required: true,
      options: [
        { value: 'CC-BY-4.0', label: 'CC BY 4.0' },
        { value: 'CC-BY-SA-4.0', label: 'CC BY-SA 4.0' },
        { value: 'CC-BY-NC-4.0', label: 'CC BY-NC 4.0' },
        { value: 'CC0-1.0', label: 'CC0 1.0' },
        {
          value: 'all-rights-reserved',
          label: { de: 'Alle Rechte vorbehalten', en: 'All rights reserved' },
        },
      ],
    },
    {
      name: 'citation',
      type: 'group',
      label: { de: 'Zitiervorschlag', en: 'Citation metadata' },
      fields: [
        {
          name: 'publisher',
          type: 'relationship',
          relationTo: 'organisations',
          label: { de: 'Herausgeber', en: 'Publisher' },
        },
        { name: 'series', type: 'text', label: { de: 'Reihe', en: 'Series' } },
        { name: 'number', type: 'text', label: { de: 'Nummer', en: 'Number' } },
        { name: 'place', type: 'text', label: { de: 'Ort', en: 'Place' } },
      ],
    },
  ],
})
