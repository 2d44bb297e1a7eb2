import type { Field } from 'payload'

import { hasRole, PUBLISHING_ROLES } from '@/access/roles'
import { hubTimeZone } from '@/domain/hubTimeZone'
import { dateTimeField } from '@/fields/dateTime'

/** Workflow, dates and ownership, shown in the sidebar of every publication type. */
export const publicationSidebarFields: Field[] = [
  {
    name: 'workflowStatus',
    type: 'select',
    label: { de: 'Redaktionsstatus', en: 'Editorial status' },
    defaultValue: 'draft',
    options: [
      { value: 'draft', label: { de: 'Entwurf', en: 'Draft' } },
      { value: 'inReview', label: { de: 'In Prüfung', en: 'In review' } },
      { value: 'published', label: { de: 'Veröffentlicht', en: 'Published' } },
    ],
    // "Veröffentlicht" follows publishing, which authors cannot do: they are not offered it.
    // Scripts without a user (seed, migrations) act as the system, as in enforcePublishingRights.
    filterOptions: ({ options, req }) =>
      !req.user || hasRole(req.user, ...PUBLISHING_ROLES)
        ? options
        : options.filter(
            (option) => (typeof option === 'string' ? option : option.value) !== 'published',
          ),
    index: true,
    admin: { position: 'sidebar' },
  },
  dateTimeField({
    name: 'publishedAt',
    label: { de: 'Veröffentlicht am', en: 'Published on' },
    index: true,
    admin: { position: 'sidebar' },
  }),
  dateTimeField({
    name: 'embargoUntil',
    label: { de: 'Sperrfrist', en: 'Embargo until' },
    index: true,
    admin: {
      position: 'sidebar',
      description: {
        de: `Bis zu diesem Zeitpunkt (Zeitzone ${hubTimeZone()}) ist der Inhalt nirgends öffentlich sichtbar; nur akkreditierte Presse sieht Pressemitteilungen vorab.`,
        en: `Until then (time zone ${hubTimeZone()}) the item is hidden on every public surface; only accredited press see press releases early.`,
      },
    },
  }),
  {
    // Computed on read, never stored: lets press readers (and the admin) see the embargo at once.
    name: 'underEmbargo',
    type: 'checkbox',
    virtual: true,
    label: { de: 'Unter Sperrfrist', en: 'Under embargo' },
    admin: { position: 'sidebar', readOnly: true },
    hooks: {
      afterRead: [
        ({ siblingData }) =>
          Boolean(siblingData?.embargoUntil && new Date(siblingData.embargoUntil) > new Date()),
      ],
    },
  },
  {
    name: 'createdBy',
    type: 'relationship',
    relationTo: 'users',
    label: { de: 'Angelegt von', en: 'Created by' },
    index: true,
    admin: { position: 'sidebar', readOnly: true },
    // Authors' ownership is internal: not shown to readers or partners.
    access: {
      read: ({ req: { user } }) =>
        Boolean(user?.roles?.some((role) => role !== 'partner' && role !== 'press')),
    },
  },
]
