import type { CollectionConfig, Field } from 'payload'

import { publicationAccess } from '@/access/publicationAccess'
import { publicationSidebarFields } from '@/fields/publicationSidebar'
import { relatedContentField, seoField, titleField, topicsField } from '@/fields/contentFields'
import { germanSlugField } from '@/fields/slug'
import { enforcePublishingRights } from '@/hooks/enforcePublishingRights'
import { notePublishedBeforeChange, notePublishedBeforeDelete } from '@/hooks/publishedBefore'
import { queueReviewNotification } from '@/hooks/queueReviewNotification'
import { rejectMalformedValues } from '@/hooks/rejectMalformedValues'
import { revalidateSiteAfterChange, revalidateSiteAfterDelete } from '@/hooks/revalidateSite'
import { setCreatedBy } from '@/hooks/setCreatedBy'
import { setPublishedAtOnFirstPublish } from '@/hooks/setPublishedAtOnFirstPublish'
import { syncWorkflowStatus } from '@/hooks/syncWorkflowStatus'
import type { PublicationCollection } from '@/publicationTypes'
import { refreshMediaAfterChange, refreshMediaAfterDelete } from '@/uploads/mediaPublicUse'
import { queueSearchSyncAfterChange, queueSearchSyncAfterDelete } from '@/search/queueSearchSync'
import { queueWebhooksAfterChange, queueWebhooksAfterDelete } from '@/webhooks/notifyWebhooks'

type PublicationConfig = Omit<CollectionConfig, 'slug' | 'fields'> & {
  slug: PublicationCollection
  fields: Field[]
  pressReadsEmbargoed?: boolean
}

/**
 * What every publication type shares: title and slug first; topics, related content and SEO
 * last; drafts with autosave and scheduled publishing, versions, the editorial workflow,
 * embargo-aware access, the search outbox, the public use of their media and the
 * submit-for-review action.
 */
export function publicationCollection({
  fields,
  pressReadsEmbargoed,
  hooks,
  admin,
  ...config
}: PublicationConfig): CollectionConfig {
  return {
    ...config,
    admin: {
      useAsTitle: 'title',
      // The Sperrfrist column shows which published items are still embargoed, and until when.
      defaultColumns: ['title', 'workflowStatus', '_status', 'embargoUntil', 'publishedAt'],
      listSearchableFields: ['title', 'slug'],
      ...admin,
      components: {
        ...admin?.components,
        edit: {
          PublishButton: '/src/admin/PublishingControls#PublishButtonForEditors',
          UnpublishButton: '/src/admin/PublishingControls#UnpublishButtonForEditors',
          ...admin?.components?.edit,
          beforeDocumentControls: [
            '/src/admin/SubmitForReviewButton#SubmitForReviewButton',
            ...(admin?.components?.edit?.beforeDocumentControls ?? []),
          ],
        },
      },
    },
    access: publicationAccess({ pressReadsEmbargoed }),
    versions: {
      // Validated drafts: see src/fields/requiredToPublish.ts for why and what a draft needs.
      drafts: { autosave: { interval: 2000 }, schedulePublish: true, validate: true },
      maxPerDoc: 50,
    },
    hooks: {
      ...hooks,
      beforeOperation: [rejectMalformedValues, ...(hooks?.beforeOperation ?? [])],
      beforeChange: [
        setCreatedBy,
        enforcePublishingRights,
        syncWorkflowStatus,
        setPublishedAtOnFirstPublish,
        notePublishedBeforeChange,
        ...(hooks?.beforeChange ?? []),
      ],
      beforeDelete: [notePublishedBeforeDelete, ...(hooks?.beforeDelete ?? [])],
      afterChange: [
        ...(hooks?.afterChange ?? []),
        refreshMediaAfterChange,
        queueSearchSyncAfterChange,
        queueWebhooksAfterChange,
        queueReviewNotification,
        revalidateSiteAfterChange,
      ],
      afterDelete: [
        ...(hooks?.afterDelete ?? []),
        refreshMediaAfterDelete,
        queueSearchSyncAfterDelete,
        queueWebhooksAfterDelete,
        revalidateSiteAfterDelete,
      ],
    },
    fields: [
      titleField,
      germanSlugField('title', { hasDrafts: true }),
      ...fields,
      topicsField,
      relatedContentField,
      seoField,
      ...publicationSidebarFields,
    ],
  }
}
