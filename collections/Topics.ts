import type { CollectionConfig } from 'payload'

import { referenceDataAccess } from '@/access/referenceDataAccess'
import { germanSlugField } from '@/fields/slug'
import {
  queueDependantsSyncAfterChange,
  queueDependantsSyncAfterDelete,
} from '@/search/queueSearchSync'
import { revalidateSiteAfterChange, revalidateSiteAfterDelete } from '@/hooks/revalidateSite'

/** A small hierarchical taxonomy; only editors shape it. */
export const Topics: CollectionConfig = {
  slug: 'topics',
  labels: { singular: { de: 'Thema', en: 'Topic' }, plural: { de: 'Themen', en: 'Topics' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'parent'] },
  hooks: {
    afterChange: [queueDependantsSyncAfterChange, revalidateSiteAfterChange],
    afterDelete: [queueDependantsSyncAfterDelete, revalidateSiteAfterDelete],
  },
  access: referenceDataAccess({ authorsMayEdit: false }),
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      label: { de: 'Titel', en: 'Title' },
    },
    germanSlugField('title'),
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'topics',
      label: { de: 'Oberthema', en: 'Parent topic' },
    },
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      label: { de: 'Beschreibung', en: 'Description' },
    },
  ],
}
