import type { Access } from 'payload'

import { hasRole } from './roles'

/** Admins reach every document; a partner only those whose `partner` field names it. */
export const ownedByPartnerOrAdmin: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  return hasRole(user, 'partner') ? { partner: { equals: user!.id } } : false
}
