import type {
  AccessResult,
  CollectionBeforeChangeHook,
  CollectionConfig,
  FieldAccess,
} from 'payload'

import { hasRoles } from '@/access/hasRoles'
import { refreshCorsOriginsAfterChange, refreshCorsOriginsAfterDelete } from '@/api/corsOrigins'
import { EDITORIAL_ROLES, hasRole, ROLE_LABELS, ROLES } from '@/access/roles'
import { throttleSignIn } from '@/auth/signInThrottle'
import { isOrigin } from '@/domain/isOrigin'
import { getEnv } from '@/env'
import type { User } from '@/payload-types'
import { sessionCookieIsSecure } from '@/security/sessionCookie'

const isAdminField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')
const isAdminOrOwnAccount: FieldAccess<User> = ({ req: { user }, doc }) =>
  hasRole(user, 'admin') || (user !== null && doc?.id === user.id)

/** Shows a field in the admin only on partner accounts. */
const isPartnerAccount = (data: Partial<User>) =>
  Array.isArray(data?.roles) && data.roles.includes('partner')

/** Whoever registers as the very first user owns the hub; later accounts are made by admins. */
const firstUserIsAdmin: CollectionBeforeChangeHook<User> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
  return totalDocs === 0 ? { ...data, roles: ['admin'] } : data
}

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  labels: {
    singular: { de: 'Benutzerkonto', en: 'User' },
    plural: { de: 'Benutzerkonten', en: 'Users' },
  },
  auth: {
    useAPIKey: true,
    // Payload locks the account after this many wrong passwords in a row (src/auth/signInThrottle
    // also limits attempts per address and per account).
    maxLoginAttempts: getEnv().LOGIN_MAX_ATTEMPTS,
    lockTime: getEnv().LOGIN_LOCK_SECONDS * 1000,
    cookies: { secure: sessionCookieIsSecure(getEnv()) },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'roles'],
  },
  access: {
    admin: ({ req: { user } }) => hasRole(user, ...EDITORIAL_ROLES),
    create: hasRoles('admin'),
    delete: hasRoles('admin'),
    read: ({ req: { user } }): AccessResult => {
      if (hasRole(user, 'admin')) return true
      if (!user) return false
      // The editorial team sees its colleagues' names, e-mails and roles: who holds a document's
      // lock, whom to ask for a review. Press and partner accounts stay the admins' business.
      if (hasRole(user, ...EDITORIAL_ROLES)) {
        return { or: [{ id: { equals: user.id } }, { roles: { in: [...EDITORIAL_ROLES] } }] }
      }
      return { id: { equals: user.id } }
    },
    update: ({ req: { user } }) => {
      if (hasRole(user, 'admin')) return true
      // A partner's key, quota and origins are the admin's to set and rotate.
      if (!user || hasRole(user, 'partner')) return false
      return { id: { equals: user.id } }
    },
    unlock: hasRoles('admin'),
  },
  hooks: {
    beforeOperation: [throttleSignIn],
    beforeChange: [firstUserIsAdmin],
    afterChange: [refreshCorsOriginsAfterChange],
    afterDelete: [refreshCorsOriginsAfterDelete],
  },
  fields: [
    { name: 'name', type: 'text', label: { de: 'Name', en: 'Name' } },
    {
      name: 'roles',
      type: 'select',
      label: { de: 'Rollen', en: 'Roles' },
      hasMany: true,
      required: true,
      defaultValue: ['author'],
      saveToJWT: true,
      options: ROLES.map((role) => ({ label: ROLE_LABELS[role], value: role })),
      // Only admins grant roles; nobody promotes themselves.
      access: { create: isAdminField, update: isAdminField },
    },
    {
      name: 'apiRateLimit',
      type: 'number',
      min: 1,
      label: { de: 'API-Anfragen je Zeitfenster', en: 'API requests per window' },
      admin: {
        description: {
          de: 'Nur für Partner-Schlüssel; leer = Standard (API_RATE_LIMIT_PARTNER).',
          en: 'For partner keys only; empty = default (API_RATE_LIMIT_PARTNER).',
        },
        condition: isPartnerAccount,
      },
      access: { read: isAdminOrOwnAccount, create: isAdminField, update: isAdminField },
    },
    {
      name: 'allowedOrigins',
      type: 'text',
      hasMany: true,
      label: { de: 'Erlaubte Web-Ursprünge (CORS)', en: 'Allowed web origins (CORS)' },
      admin: {
        description: {
          de: 'Portale des Partners, die die API im Browser aufrufen, z. B. https://portal.partner.de',
          en: "The partner's portals that call the API from a browser, e.g. https://portal.partner.example",
        },
        condition: isPartnerAccount,
      },
      validate: (values: string[] | null | undefined) =>
        (values ?? []).every(isOrigin) ||
        'Jeder Eintrag ist ein Ursprung ohne Pfad, z. B. https://portal.partner.de',
      access: { read: isAdminOrOwnAccount, create: isAdminField, update: isAdminField },
    },
    // Payload's own field (merged with its definition): whether a colleague has an API key is
    // theirs and the admins' to know. The key itself Payload never returns.
    {
      name: 'enableAPIKey',
      type: 'checkbox',
      label: { de: 'API-Schlüssel aktivieren', en: 'Enable API key' },
      access: { read: isAdminOrOwnAccount },
    },
  ],
}
