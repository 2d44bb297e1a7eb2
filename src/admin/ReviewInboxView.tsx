import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { findInReview, mayReview } from '@/review/reviewQueue'

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
    <DefaultTemplate
      i18n={req.i18n}
      locale={initPageResult.locale}
      params={params}
      payload={req.payload}
      permissions={initPageResult.permissions}
      searchParams={searchParams}
      user={req.user || undefined}
      visibleEntities={initPageResult.visibleEntities}
    >
      <Gutter>
        <h1>{english ? 'Review inbox' : 'Prüfungseingang'}</h1>
        {items ? (
          <ReviewInboxTable items={items} payload={req.payload} i18n={req.i18n} />
        ) : (
          <p>
            {english
              ? 'Only editors and admins see the review inbox. Your own submissions show their status in your lists.'
              : 'Nur Redaktion und Administration sehen den Prüfungseingang. Den Status Ihrer eigenen Einreichungen sehen Sie in Ihren Listen.'}
          </p>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
