import Link from 'next/link'
import type { ServerProps } from 'payload'

import { mayReview } from '@/review/reviewQueue'

/** Link to the review inbox in the admin navigation, for those who review. */
export function ReviewInboxNavLink({ i18n, payload, user }: ServerProps) {
  if (!mayReview(user)) return null
  return (
    <Link
      href={`${payload.config.routes.admin}/pruefung`}
      style={{ display: 'block', padding: '0.5rem 0' }}
    >
      {i18n.language === 'en' ? 'Review inbox' : 'Prüfungseingang'}
    </Link>
  )
}
