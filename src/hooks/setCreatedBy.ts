import type { CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '@/access/roles'

/**
 * Records who created a document; authors' rights follow from it, so nobody but an admin (or the
 * system, e.g. the seed, which has no user) may name someone else. Never changes afterwards.
 */
export const setCreatedBy: CollectionBeforeChangeHook = ({ data, operation, req, originalDoc }) => {
  if (operation !== 'create') return { ...data, createdBy: originalDoc?.createdBy }
  const { user } = req
  if (!user) return data
  return { ...data, createdBy: hasRole(user, 'admin') ? (data.createdBy ?? user.id) : user.id }
}
