'use client'

import { PublishButton, UnpublishButton, useAuth } from '@payloadcms/ui'
import type { PublishButtonClientProps, UnpublishButtonClientProps } from 'payload'
import { useEffect, type ReactNode } from 'react'

import { hasRole, PUBLISHING_ROLES } from '@/access/roles'
import type { User } from '@/payload-types'

/**
 * Authors write and submit for review; only editors and admins are offered "Veröffentlichen" and
 * "Veröffentlichung aufheben". The server refuses the same actions for authors with a reason
 * (src/hooks/enforcePublishingRights.ts); these only keep the buttons out of authors' sight.
 */
function useMayPublish(): boolean {
  const { user } = useAuth<User>()
  return hasRole(user, ...PUBLISHING_ROLES)
}

export function PublishButtonForEditors(props: PublishButtonClientProps) {
  return useMayPublish() ? <PublishButton {...props} /> : null
}

export function UnpublishButtonForEditors(props: UnpublishButtonClientProps) {
  return useMayPublish() ? <UnpublishButton {...props} /> : null
}

/**
 * The list views' bulk "Veröffentlichen" cannot be replaced per role, so the admin's root element
 * says whether the user may publish and `custom.css` hides the bulk buttons otherwise.
 */
export function PublishingRoleMarker({ children }: { children?: ReactNode }) {
  const mayPublish = useMayPublish()
  useEffect(() => {
    document.documentElement.dataset.mayPublish = String(mayPublish)
  }, [mayPublish])
  return children
}
