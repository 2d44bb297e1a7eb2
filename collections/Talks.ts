import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { editorialOrPublished } from '@/access/editorialOrPublished'
import { hasRoles } from '@/access/hasRoles'
import { germanSlugField } from '@/fields/slug'
import type { Talk } from '@/payload-types'
import { queueSearchSyncAfterChange, queueSearchSyncAfterDelete } from '@/search/queueSearchSync'

/** The first publication keeps its date; later edits do not move a talk up the list. */
const setPublishedAtOnFirstPublish: CollectionBeforeChangeHook<Talk> = ({ data }) => {
  if (data._status === 'published' && !data.publishedAt) {
    return { ...data, publishedAt: new Date().toISOString() }
  }
  return data
}

export const Talks: CollectionConfig<'talks'> = {
  slug: 'talks',
  labels: {
    singular: { de: 'Vortrag', en: 'Talk' },
    plural: { de: 'Vorträge', en: 'Talks' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'speakerName', '_status', 'publishedAt'],
  },
  access: {
    read: editorialOrPublished,
    readVersions: hasRoles('admin', 'editor', 'author'),
    create: hasRoles('admin', 'editor', 'author'),
    update: hasRoles('admin', 'editor', 'author'),
    delete: hasRoles('admin', 'editor'),
  },
  versions: {
    drafts: { autosave: { interval: 2000 }, schedulePublish: true },
    maxPerDoc: 50,
  },
  hooks: {
    beforeChange: [setPublishedAtOnFirstPublish],
    afterChange: [queueSearchSyncAfterChange],
    afterDelete: [queueSearchSyncAfterDelete],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      label: { de: 'Titel', en: 'Title' },
      required: true,
      localized: true,
    },
    germanSlugField('title'),
    {
      name: 'speakerName',
      type: 'text',
      label: { de: 'Vortragende Person', en: 'Speaker' },
    },
    {
      name: 'abstract',
      type: 'textarea',
      label: { de: 'Kurzfassung', en: 'Abstract' },
      localized: true,
    },
    {
      name: 'body',
      type: 'richText',
      label: { de: 'Inhalt', en: 'Body' },
      localized: true,
    },
    {
      name: 'publishedAt',
      type: 'date',
      label: { de: 'Veröffentlicht am', en: 'Published on' },
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
      index: true,
    },
  ],
}
