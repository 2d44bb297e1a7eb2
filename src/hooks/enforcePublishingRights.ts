import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { hasRole, PUBLISHING_ROLES } from '@/access/roles'

/**
 * Authors write and submit for review; only editors and admins publish or unpublish. Enforced on
 * the server, so no client can publish by sending `_status: 'published'` itself. Scripts without
 * a user (seed, migrations) act as the system and may publish.
 */
export const enforcePublishingRights: CollectionBeforeChangeHook = ({ data, req, originalDoc }) => {
  if (!req.user || hasRole(req.user, ...PUBLISHING_ROLES)) return data
  const savesDraftVersion = req.query?.draft === 'true' || req.query?.autosave === 'true'
  const publishes = data._status === 'published'
  const unpublishes =
    data._status === 'draft' && originalDoc?._status === 'published' && !savesDraftVersion
  if (publishes || unpublishes) {
    throw new APIError(
      'Only editors and admins may publish or unpublish. Save your draft and set its status to ' +
        '"In review" (Nur die Redaktion veröffentlicht: bitte Entwurf speichern und „In Prüfung“ setzen).',
      403,
      null,
      true,
    )
  }
  return data
}
