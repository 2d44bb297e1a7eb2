import type { CollectionConfig } from 'payload'

import { ownedByPartnerOrAdmin } from '@/access/ownedByPartner'
import { hasRole } from '@/access/roles'
import { dateTimeField } from '@/fields/dateTime'
import { WEBHOOK_EVENTS } from '@/webhooks/events'

/** The log of every delivery attempt series: what was sent where, and how it went. */
export const WebhookDeliveries: CollectionConfig = {
  slug: 'webhookDeliveries',
  labels: {
    singular: { de: 'Webhook-Zustellung', en: 'Webhook delivery' },
    plural: { de: 'Webhook-Zustellungen', en: 'Webhook deliveries' },
  },
  admin: {
    useAsTitle: 'event',
    defaultColumns: ['event', 'subscription', 'status', 'attempts', 'updatedAt'],
    group: 'API',
  },
  access: {
    read: ownedByPartnerOrAdmin,
    // Written by the delivery jobs only.
    create: () => false,
    update: () => false,
    delete: ({ req: { user } }) => hasRole(user, 'admin'),
  },
  fields: [
    {
      name: 'subscription',
      type: 'relationship',
      relationTo: 'webhookSubscriptions',
      required: true,
      label: { de: 'Abonnement', en: 'Subscription' },
    },
    {
      name: 'partner',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      label: { de: 'Partnerorganisation', en: 'Partner' },
    },
    {
      name: 'event',
      type: 'select',
      options: [...WEBHOOK_EVENTS],
      required: true,
      label: { de: 'Ereignis', en: 'Event' },
    },
    { name: 'body', type: 'json', required: true, label: { de: 'Inhalt', en: 'Body' } },
    {
      name: 'status',
      type: 'select',
      options: [
        { value: 'pending', label: { de: 'Ausstehend', en: 'Pending' } },
        { value: 'delivered', label: { de: 'Zugestellt', en: 'Delivered' } },
        { value: 'failed', label: { de: 'Fehlgeschlagen', en: 'Failed' } },
      ],
      defaultValue: 'pending',
      required: true,
      label: { de: 'Status', en: 'Status' },
    },
    {
      name: 'attempts',
      type: 'number',
      defaultValue: 0,
      label: { de: 'Versuche', en: 'Attempts' },
    },
    {
      name: 'lastStatusCode',
      type: 'number',
      label: { de: 'Letzter HTTP-Status', en: 'Last HTTP status' },
    },
    { name: 'lastError', type: 'text', label: { de: 'Letzter Fehler', en: 'Last error' } },
    dateTimeField({ name: 'deliveredAt', label: { de: 'Zugestellt am', en: 'Delivered at' } }),
  ],
}
