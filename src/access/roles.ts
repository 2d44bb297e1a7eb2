import type { User } from '@/payload-types'

export const ROLES = ['admin', 'editor', 'author', 'partner'] as const
export type Role = (typeof ROLES)[number]

/** Roles that work in the admin on unpublished content. Partners only read what is public. */
export const EDITORIAL_ROLES: readonly Role[] = ['admin', 'editor', 'author']

export function hasRole(user: Pick<User, 'roles'> | null | undefined, ...roles: Role[]): boolean {
  return Boolean(user?.roles?.some((role) => roles.includes(role)))
}
