'use client'

import {
  Button,
  toast,
  useAuth,
  useConfig,
  useDocumentInfo,
  useForm,
  useFormFields,
  useFormModified,
  useLocale,
  useTranslation,
} from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import { useState } from 'react'

import { EDITORIAL_ROLES, hasRole } from '@/access/roles'
import type { User } from '@/payload-types'

const TEXT = {
  de: {
    submit: 'Zur Prüfung einreichen',
    inReview: 'In Prüfung – wartet auf die Redaktion',
    submitted: 'Zur Prüfung eingereicht. Die Redaktion wurde benachrichtigt.',
  },
  en: {
    submit: 'Submit for review',
    inReview: 'In review – waiting for the editors',
    submitted: 'Submitted for review. The editors have been notified.',
  },
}

/**
 * One clear action for authors: saves the form as it is as a draft marked "In Prüfung", as
 * Payload's own "Save draft" does (same request), so nothing typed since the last autosave is
 * lost. The server queues the editors' notification when the status changes.
 */
export function SubmitForReviewButton() {
  const { user } = useAuth<User>()
  const { i18n } = useTranslation()
  const text = i18n.language === 'en' ? TEXT.en : TEXT.de
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const { id, collectionSlug, unpublishedVersionCount, setUnpublishedVersionCount } =
    useDocumentInfo()
  const { code: locale } = useLocale()
  const { submit, dispatchFields } = useForm()
  const modified = useFormModified()
  const workflowStatus = useFormFields(([fields]) => fields.workflowStatus?.value)
  const [state, setState] = useState<'idle' | 'busy' | 'submitted'>('idle')

  if (!collectionSlug || !hasRole(user, ...EDITORIAL_ROLES)) return null
  // While the request runs the form already says "inReview"; the button stays until it is saved.
  if (state === 'submitted' || (state === 'idle' && workflowStatus === 'inReview')) {
    return (
      <p role="status" data-testid="review-status" style={{ margin: 0, whiteSpace: 'nowrap' }}>
        {state === 'submitted' ? text.submitted : text.inReview}
      </p>
    )
  }
  // A published document without unsaved or unpublished changes has nothing to review.
  const nothingToReview =
    workflowStatus === 'published' && !modified && unpublishedVersionCount === 0
  if (state === 'idle' && nothingToReview) return null

  const submitForReview = async () => {
    setState('busy')
    // In the form too, so a later autosave keeps the status instead of sending the old one.
    dispatchFields({ type: 'UPDATE', path: 'workflowStatus', value: 'inReview' })
    const search = `?locale=${locale}&depth=0&fallback-locale=null&draft=true`
    const result = await submit({
      action: formatAdminURL({
        apiRoute: api,
        path: `/${collectionSlug}${id ? `/${id}` : ''}${search}`,
      }),
      method: id ? 'PATCH' : 'POST',
      overrides: { _status: 'draft', workflowStatus: 'inReview' },
      disableSuccessStatus: true,
      skipValidation: true,
    })
    if (result?.res.ok) {
      setUnpublishedVersionCount((count) => count + 1)
      setState('submitted')
      toast.success(text.submitted)
    } else {
      // Payload's form has shown the server's reason already; the status stays as it was.
      dispatchFields({ type: 'UPDATE', path: 'workflowStatus', value: workflowStatus })
      setState('idle')
    }
  }

  return (
    <Button
      buttonStyle="primary"
      size="medium"
      id="action-submit-for-review"
      disabled={state === 'busy'}
      onClick={() => void submitForReview()}
    >
      {text.submit}
    </Button>
  )
}
