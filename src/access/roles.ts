import type { User } from '@/payload-types'

export const ROLES = ['admin', 'editor', 'author', 'press', 'partner'] as const
export type Role = (typeof ROLES)[number]

/** How the admin names each role. */
export const ROLE_LABELS: Record<Role, { de: string; en: string }> = {
  admin: { de: 'Administration', en: 'Administrator' },
  editor: { de: 'Redaktion', en: 'Editor' },
  author: { de: 'Autorin / Autor', en: 'Author' },
  press: { de: 'Presse (akkreditiert)', en: 'Press (accredited)' },
  partner: { de: 'Partnerorganisation (API-Schlüssel)', en: 'Partner organisation (API key)' },
}

/** Roles that work in the admin. Press and partners only read (press: embargoed releases too). */
export const EDITORIAL_ROLES: readonly Role[] = ['admin', 'editor', 'author']

/** Roles that may publish, unpublish and edit everyone's documents. */
export const PUBLISHING_ROLES: readonly Role[] = ['admin', 'editor']

export function hasRole(user: Pick<User, 'roles'> | null | undefined, ...roles: Role[]): boolean {
  return Boolean(user?.roles?.some((role) => roles.includes(role)))
}
