import type { CollectionConfig } from 'payload'

import { ownedByPartnerOrAdmin } from '@/access/ownedByPartner'
import { hasRole } from '@/access/roles'
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
    },
    { name: 'partner', type: 'relationship', relationTo: 'users', required: true, index: true },
    { name: 'event', type: 'select', options: [...WEBHOOK_EVENTS], required: true },
    { name: 'body', type: 'json', required: true },
    {
      name: 'status',
      type: 'select',
      options: ['pending', 'delivered', 'failed'],
      defaultValue: 'pending',
      required: true,
    },
    { name: 'attempts', type: 'number', defaultValue: 0 },
    { name: 'lastStatusCode', type: 'number' },
    { name: 'lastError', type: 'text' },
    { name: 'deliveredAt', type: 'date' },
  ],
}
