import { randomBytes } from 'node:crypto'

import type { CollectionConfig } from 'payload'

import { ownedByPartnerOrAdmin } from '@/access/ownedByPartner'
import { hasRole } from '@/access/roles'
import { WEBHOOK_EVENTS, WEBHOOK_TYPES } from '@/webhooks/events'
import { validateWebhookUrl } from '@/webhooks/targetUrl'

/** A partner's standing order: POST these events for these types to this URL, signed. */
export const WebhookSubscriptions: CollectionConfig = {
  slug: 'webhookSubscriptions',
  labels: {
    singular: { de: 'Webhook-Abo', en: 'Webhook subscription' },
    plural: { de: 'Webhook-Abos', en: 'Webhook subscriptions' },
  },
  admin: {
    useAsTitle: 'url',
    defaultColumns: ['url', 'partner', 'events', 'active'],
    group: 'API',
  },
  access: {
    read: ownedByPartnerOrAdmin,
    create: ({ req: { user } }) => hasRole(user, 'admin', 'partner'),
    update: ownedByPartnerOrAdmin,
    delete: ownedByPartnerOrAdmin,
  },
  hooks: {
    beforeValidate: [
      ({ data, req, operation }) => {
        // A partner subscribes for itself; only an admin names another partner.
        if (operation === 'create' && data && !hasRole(req.user, 'admin'))
          data.partner = req.user?.id
        return data
      },
    ],
  },
  fields: [
    {
      name: 'partner',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      label: { de: 'Partnerorganisation', en: 'Partner' },
      access: { update: ({ req: { user } }) => hasRole(user, 'admin') },
    },
    {
      name: 'url',
      type: 'text',
      required: true,
      label: { de: 'Ziel-URL', en: 'Target URL' },
      validate: (value: string | null | undefined) => validateWebhookUrl(value),
    },
    {
      name: 'events',
      type: 'select',
      hasMany: true,
      required: true,
      options: [...WEBHOOK_EVENTS],
      defaultValue: [...WEBHOOK_EVENTS],
      label: { de: 'Ereignisse', en: 'Events' },
    },
    {
      name: 'types',
      type: 'select',
      hasMany: true,
      options: [...WEBHOOK_TYPES],
      label: { de: 'Publikationstypen', en: 'Publication types' },
      admin: { description: { de: 'Leer = alle Typen', en: 'Empty = every type' } },
    },
    {
      name: 'secret',
      type: 'text',
      label: { de: 'Signaturschlüssel', en: 'Signing secret' },
      admin: {
        readOnly: true,
        description: {
          de: 'HMAC-SHA256 über "<Zeitstempel>.<Body>" im Kopf Wissenshub-Signature.',
          en: 'HMAC-SHA256 over "<timestamp>.<body>", sent in the Wissenshub-Signature header.',
        },
      },
      hooks: {
        beforeChange: [
          ({ value, operation }) =>
            operation === 'create' || !value ? randomBytes(32).toString('hex') : value,
        ],
      },
    },
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      label: { de: 'Aktiv', en: 'Active' },
    },
  ],
}
