import type { AdminViewServerProps } from 'payload'

import { findInReview, mayReview } from '@/review/reviewQueue'

import { AdminViewFrame } from './AdminViewFrame'
import { ReviewInboxTable } from './ReviewInboxTable'

/** Admin view `/admin/pruefung`: every submission waiting for the editors, across all types. */
export async function ReviewInboxView({
  initPageResult,
  params,
  searchParams,
}: AdminViewServerProps) {
  const { req } = initPageResult
  const english = req.i18n.language === 'en'
  const items =
    req.user && mayReview(req.user)
      ? await findInReview({ payload: req.payload, user: req.user })
      : null
  return (
    <AdminViewFrame
      initPageResult={initPageResult}
      params={params}
      searchParams={searchParams}
      title={english ? 'Review inbox' : 'Prüfungseingang'}
    >
      {items ? (
        <ReviewInboxTable items={items} payload={req.payload} i18n={req.i18n} />
      ) : (
        <p>
          {english
            ? 'Only editors and admins see the review inbox. Your own submissions show their status in your lists.'
            : 'Nur Redaktion und Administration sehen den Prüfungseingang. Den Status Ihrer eigenen Einreichungen sehen Sie in Ihren Listen.'}
        </p>
      )}
    </AdminViewFrame>
  )
}
