import type { CollectionConfig } from 'payload'

import { referenceDataAccess } from '@/access/referenceDataAccess'
import { germanSlugField } from '@/fields/slug'
import {
  queueDependantsSyncAfterChange,
  queueDependantsSyncAfterDelete,
} from '@/search/queueSearchSync'
import { composePersonName } from '@/hooks/composePersonName'
import { revalidateSiteAfterChange, revalidateSiteAfterDelete } from '@/hooks/revalidateSite'
import { refreshMediaAfterChange, refreshMediaAfterDelete } from '@/uploads/mediaPublicUse'

/** Speakers, moderators and authors. */
export const People: CollectionConfig = {
  slug: 'people',
  labels: { singular: { de: 'Person', en: 'Person' }, plural: { de: 'Personen', en: 'People' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'function', 'affiliations'] },
  hooks: {
    beforeValidate: [composePersonName],
    // People are public: their portraits are in public use.
    afterChange: [
      refreshMediaAfterChange,
      queueDependantsSyncAfterChange,
      revalidateSiteAfterChange,
    ],
    afterDelete: [
      refreshMediaAfterDelete,
      queueDependantsSyncAfterDelete,
      revalidateSiteAfterDelete,
    ],
  },
  access: referenceDataAccess(),
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      label: { de: 'Name', en: 'Name' },
      admin: {
        description: {
          de: 'Wie auf Seiten angezeigt; leer: aus Vorname, Namenszusatz und Nachname.',
          en: 'As shown on pages; empty: made from given name, particle and family name.',
        },
      },
    },
    {
      type: 'row',
      fields: [
        { name: 'givenName', type: 'text', label: { de: 'Vorname(n)', en: 'Given name(s)' } },
        {
          name: 'nameParticle',
          type: 'text',
          label: { de: 'Namenszusatz', en: 'Name particle' },
          admin: { description: { de: 'z. B. von der, van', en: 'e.g. von der, van' } },
        },
        {
          name: 'familyName',
          type: 'text',
          label: { de: 'Nachname', en: 'Family name' },
          admin: {
            description: {
              de: 'Für Zitationen (RIS, BibTeX, Google Scholar).',
              en: 'For citations (RIS, BibTeX, Google Scholar).',
            },
          },
        },
      ],
    },
    germanSlugField('name'),
    {
      name: 'honorific',
      type: 'text',
      label: { de: 'Akademischer Titel', en: 'Academic title' },
      admin: { description: { de: 'z. B. Dr., Prof. Dr.', en: 'e.g. Dr., Prof. Dr.' } },
    },
    {
      name: 'function',
      type: 'text',
      localized: true,
      label: { de: 'Funktion', en: 'Position' },
      admin: { description: { de: 'z. B. Staatssekretär im BMAS', en: 'e.g. State Secretary' } },
    },
    {
      name: 'affiliations',
      type: 'relationship',
      relationTo: 'organisations',
      hasMany: true,
      label: { de: 'Organisationen', en: 'Affiliations' },
    },
    {
      name: 'portrait',
      type: 'upload',
      relationTo: 'media',
      label: { de: 'Porträt', en: 'Portrait' },
    },
    {
      name: 'bio',
      type: 'textarea',
      localized: true,
      label: { de: 'Kurzbiografie', en: 'Short bio' },
    },
  ],
}
