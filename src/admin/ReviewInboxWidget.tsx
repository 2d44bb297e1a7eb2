import type { ServerProps } from 'payload'

import { findInReview, mayReview } from '@/review/reviewQueue'

import { ReviewInboxTable } from './ReviewInboxTable'

/** On the dashboard, for editors and admins: what waits for review. Nothing for anyone else. */
export async function ReviewInboxWidget({ payload, i18n, user }: ServerProps) {
  if (!user || !mayReview(user)) return null
  const items = await findInReview({ payload, user })
  return (
    <section style={{ marginBottom: '2rem' }} aria-labelledby="review-inbox-heading">
      <h2 id="review-inbox-heading">
        {i18n.language === 'en' ? 'Review inbox' : 'Prüfungseingang'} ({items.length})
      </h2>
      <ReviewInboxTable items={items} payload={payload} i18n={i18n} />
    </section>
  )
}
