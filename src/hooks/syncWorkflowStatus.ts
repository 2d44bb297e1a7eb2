import type { CollectionBeforeChangeHook } from 'payload'

/**
 * The editorial status follows Payload's `_status`: publishing makes it "published"; a draft can
 * be "draft" or "in review" (authors submit for review), never "published" without being so.
 */
export const syncWorkflowStatus: CollectionBeforeChangeHook = ({ data }) => {
  if (data._status === 'published') return { ...data, workflowStatus: 'published' }
  if (data.workflowStatus === 'published' || !data.workflowStatus) {
    return { ...data, workflowStatus: 'draft' }
  }
  return data
}
