import { validations } from 'payload'

import { EDITORIAL_ROLES, hasRole } from '@/access/roles'
import { bodyField, summaryField } from '@/fields/contentFields'
import { dateTimeField } from '@/fields/dateTime'
import { requiredToPublish } from '@/fields/requiredToPublish'
import { publicationCollection } from '@/collections/publicationCollection'
import {
  queueDependantsSyncAfterChange,
  queueDependantsSyncAfterDelete,
} from '@/search/queueSearchSync'

/** Annual conferences and other formats, with their programme in order. */
export const Events = publicationCollection({
  slug: 'events',
  labels: {
    singular: { de: 'Veranstaltung', en: 'Event' },
    plural: { de: 'Veranstaltungen', en: 'Events' },
  },
  admin: { defaultColumns: ['title', 'startsAt', 'format', '_status'] },
  // Talks and panels show the event's title in their search records.
  hooks: {
    afterChange: [queueDependantsSyncAfterChange],
    afterDelete: [queueDependantsSyncAfterDelete],
  },
  fields: [
    { name: 'motto', type: 'text', localized: true, label: { de: 'Motto', en: 'Motto' } },
    {
      type: 'row',
      fields: [
        dateTimeField({
          name: 'startsAt',
          required: true,
          validate: requiredToPublish(validations.date),
          index: true,
          label: { de: 'Beginn', en: 'Starts' },
        }),
        dateTimeField({ name: 'endsAt', label: { de: 'Ende', en: 'Ends' } }),
      ],
    },
    {
      name: 'dateNote',
      type: 'text',
      localized: true,
      label: { de: 'Interne Notiz zum Datum', en: 'Internal note on the date' },
      // Notes for the editorial team ("the stored time is a placeholder") never reach readers.
      access: { read: ({ req: { user } }) => hasRole(user, ...EDITORIAL_ROLES) },
      admin: {
        description: {
          de: 'Nur für die Redaktion, z. B. wenn das Jahr aus den Quellen erschlossen ist',
          en: 'For editors only, e.g. when the year is inferred from the sources',
        },
      },
    },
    {
      name: 'yearInferred',
      type: 'checkbox',
      defaultValue: false,
      label: {
        de: 'Jahr erschlossen (nicht in der Quelle)',
        en: 'Year inferred (not in the source)',
      },
    },
    {
      name: 'format',
      type: 'select',
      required: true,
      defaultValue: 'onSite',
      label: { de: 'Format', en: 'Format' },
      options: [
        { value: 'virtual', label: { de: 'Virtuell', en: 'Virtual' } },
        { value: 'onSite', label: { de: 'Vor Ort', en: 'On site' } },
        { value: 'hybrid', label: { de: 'Hybrid', en: 'Hybrid' } },
      ],
    },
    { name: 'venue', type: 'text', localized: true, label: { de: 'Ort', en: 'Venue' } },
    {
      name: 'hosts',
      type: 'relationship',
      relationTo: 'organisations',
      hasMany: true,
      label: { de: 'Ausrichtung', en: 'Hosts' },
    },
    {
      name: 'partners',
      type: 'relationship',
      relationTo: 'organisations',
      hasMany: true,
      label: { de: 'In Kooperation mit', en: 'In cooperation with' },
    },
    {
      name: 'moderators',
      type: 'relationship',
      relationTo: 'people',
      hasMany: true,
      label: { de: 'Moderation', en: 'Moderation' },
    },
    summaryField,
    bodyField,
    {
      name: 'programme',
      type: 'array',
      label: { de: 'Programm', en: 'Programme' },
      labels: {
        singular: { de: 'Programmpunkt', en: 'Programme item' },
        plural: { de: 'Programmpunkte', en: 'Programme items' },
      },
      admin: { description: { de: 'In der Reihenfolge des Ablaufs', en: 'In running order' } },
      fields: [
        {
          name: 'title',
          type: 'text',
          required: true,
          localized: true,
          label: { de: 'Programmpunkt', en: 'Item' },
        },
        {
          name: 'kind',
          type: 'select',
          label: { de: 'Art', en: 'Kind' },
          options: [
            { value: 'opening', label: { de: 'Eröffnung', en: 'Opening' } },
            {
              value: 'keynote',
              label: { de: 'Keynote / Fachimpuls', en: 'Keynote / expert input' },
            },
            { value: 'podium', label: { de: 'Podiumsdiskussion', en: 'Podium discussion' } },
            { value: 'panels', label: { de: 'Thematische Panels', en: 'Thematic panels' } },
            { value: 'culture', label: { de: 'Kulturprogramm', en: 'Cultural programme' } },
            {
              value: 'performance',
              label: { de: 'Kulturbeitrag / Performance', en: 'Performance' },
            },
            { value: 'break', label: { de: 'Pause', en: 'Break' } },
            { value: 'closing', label: { de: 'Abschluss', en: 'Closing' } },
          ],
        },
        dateTimeField({
          name: 'startsAt',
          appearance: 'timeOnly',
          label: { de: 'Uhrzeit', en: 'Time' },
        }),
        {
          name: 'description',
          type: 'textarea',
          localized: true,
          label: { de: 'Beschreibung', en: 'Description' },
        },
        {
          name: 'performers',
          type: 'text',
          localized: true,
          label: { de: 'Mitwirkende (Kulturbeitrag)', en: 'Performers' },
          admin: { condition: (_, row) => row?.kind === 'performance' || row?.kind === 'culture' },
        },
        {
          name: 'items',
          type: 'relationship',
          relationTo: ['talks', 'impulses', 'panels'],
          hasMany: true,
          // Contributions show as links; each names this event again (a cycle).
          maxDepth: 1,
          label: { de: 'Beiträge', en: 'Contributions' },
        },
        {
          name: 'people',
          type: 'relationship',
          relationTo: 'people',
          hasMany: true,
          label: { de: 'Mitwirkende', en: 'People' },
        },
      ],
    },
  ],
})
