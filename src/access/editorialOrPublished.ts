import type { Access } from 'payload'

import { EDITORIAL_ROLES, hasRole } from './roles'

/**
 * Staff see every version; everyone else (anonymous visitors, partner keys) gets a query
 * constraint, so REST, GraphQL and the Local API with `overrideAccess: false` return published
 * documents only.
 */
export const editorialOrPublished: Access = ({ req: { user } }) => {
  if (hasRole(user, ...EDITORIAL_ROLES)) return true
  return { _status: { equals: 'published' } }
}
