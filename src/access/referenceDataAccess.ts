import type { CollectionConfig } from 'payload'

import { hasRoles } from './hasRoles'

/**
 * People, organisations, topics and media are public reference data (no drafts). Authors may add
 * and correct them (they need speakers and figures for their drafts); deleting is for editors.
 */
export const referenceDataAccess = ({
  authorsMayEdit = true,
}: { authorsMayEdit?: boolean } = {}): NonNullable<CollectionConfig['access']> => {
  const editors = authorsMayEdit
    ? hasRoles('admin', 'editor', 'author')
    : hasRoles('admin', 'editor')
  return {
    read: () => true,
    create: editors,
    update: editors,
    delete: hasRoles('admin', 'editor'),
  }
}
