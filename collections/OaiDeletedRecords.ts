import type { CollectionConfig } from 'payload'

import { hasRole } from '@/access/roles'

/**
 * Harvested records that were deleted or unpublished: their identifier and when, so that OAI-PMH
 * reports them as deleted (`deletedRecord=persistent`) instead of letting them vanish.
 * Written by the hooks of the harvested collections only (`src/oai/deletedRecords.ts`).
 */
export const OaiDeletedRecords: CollectionConfig = {
  slug: 'oaiDeletedRecords',
  labels: {
    singular: { de: 'Gelöschter OAI-Datensatz', en: 'Deleted OAI record' },
    plural: { de: 'Gelöschte OAI-Datensätze', en: 'Deleted OAI records' },
  },
  admin: {
    useAsTitle: 'docId',
    defaultColumns: ['harvestedCollection', 'docId', 'deletedAt'],
    group: 'API',
  },
  access: {
    read: ({ req: { user } }) => hasRole(user, 'admin'),
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  fields: [
    {
      name: 'harvestedCollection',
      label: { de: 'Sammlung', en: 'Collection' },
      type: 'select',
      options: [
        { value: 'talks', label: { de: 'Vorträge', en: 'Talks' } },
        { value: 'researchNotes', label: { de: 'Forschungsnotizen', en: 'Research notes' } },
      ],
      required: true,
      index: true,
    },
    {
      name: 'docId',
      label: { de: 'Dokument-ID', en: 'Document ID' },
      type: 'text',
      required: true,
      index: true,
    },
    {
      name: 'deletedAt',
      label: { de: 'Gelöscht am', en: 'Deleted at' },
      type: 'date',
      required: true,
      index: true,
    },
  ],
}
