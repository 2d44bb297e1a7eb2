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
    defaultColumns: ['collection', 'docId', 'deletedAt'],
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
      type: 'select',
      options: ['talks', 'researchNotes'],
      required: true,
      index: true,
    },
    { name: 'docId', type: 'text', required: true, index: true },
    { name: 'deletedAt', type: 'date', required: true, index: true },
  ],
}
