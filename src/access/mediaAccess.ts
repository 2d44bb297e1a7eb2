import type { Access, CollectionConfig, Where } from 'payload'

import { hasRoles } from './hasRoles'
import { hasRole } from './roles'

/** A media file anyone may read: released by an editor, or used by a public document. */
const publicMedia: Where = {
  or: [{ public: { equals: true } }, { publicUse: { equals: true } }],
}

/**
 * Media of drafts and of press releases under embargo are as secret as their documents: readers
 * (list, document, file, image optimiser) get what is public (src/uploads/mediaPublicUse.ts);
 * authors also their own uploads; editors and admins everything. A query, so the file route and
 * the list filter alike.
 */
const readOrEdit: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor')) return true
  if (user && hasRole(user, 'author')) {
    return { or: [publicMedia, { createdBy: { equals: user.id } }] }
  }
  return publicMedia
}

export const mediaAccess: NonNullable<CollectionConfig['access']> = {
  read: readOrEdit,
  create: hasRoles('admin', 'editor', 'author'),
  update: ({ req }) =>
    hasRole(req.user, 'admin', 'editor', 'author') ? readOrEdit({ req }) : false,
  delete: hasRoles('admin', 'editor'),
}
