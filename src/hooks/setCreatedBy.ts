import type { CollectionBeforeChangeHook } from 'payload'

/** Records who created a document; authors' rights follow from it. Never changes afterwards. */
export const setCreatedBy: CollectionBeforeChangeHook = ({ data, operation, req, originalDoc }) => {
  if (operation === 'create') return { ...data, createdBy: data.createdBy ?? req.user?.id }
  return { ...data, createdBy: originalDoc?.createdBy }
}
