import type { Access } from 'payload'

import { hasRole, type Role } from './roles'

/** An access rule that lets the given roles through, nobody else. */
export const hasRoles =
  (...roles: Role[]): Access =>
  ({ req: { user } }) =>
    hasRole(user, ...roles)
