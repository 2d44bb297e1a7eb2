import type { Access, CollectionConfig } from 'payload'

import { hasRoles } from './hasRoles'
import { publicConstraint, underEmbargoConstraint } from './publicConstraint'
import { hasRole, PUBLISHING_ROLES } from './roles'

type Options = { pressReadsEmbargoed?: boolean }

/**
 * Access for every publication type:
 * - editors and admins: everything;
 * - authors: what is public plus their own documents (drafts included), and they edit only those;
 * - press (for press releases): also published releases still under embargo;
 * - partners and anonymous readers: what is public.
 */
export function publicationAccess({ pressReadsEmbargoed = false }: Options = {}): NonNullable<
  CollectionConfig['access']
> {
  const read: Access = ({ req: { user } }) => {
    if (hasRole(user, ...PUBLISHING_ROLES)) return true
    if (user && hasRole(user, 'author')) {
      return { or: [publicConstraint(), { createdBy: { equals: user.id } }] }
    }
    if (pressReadsEmbargoed && hasRole(user, 'press')) {
      return { or: [publicConstraint(), underEmbargoConstraint()] }
    }
    return publicConstraint()
  }
  const ownOrAll: Access = ({ req: { user } }) => {
    if (hasRole(user, ...PUBLISHING_ROLES)) return true
    if (user && hasRole(user, 'author')) return { createdBy: { equals: user.id } }
    return false
  }
  // Versions keep the document's fields under `version.`; `createdBy` alone is no path there.
  const ownOrAllVersions: Access = ({ req: { user } }) => {
    if (hasRole(user, ...PUBLISHING_ROLES)) return true
    if (user && hasRole(user, 'author')) return { 'version.createdBy': { equals: user.id } }
    return false
  }
  return {
    read,
    readVersions: ownOrAllVersions,
    create: hasRoles('admin', 'editor', 'author'),
    update: ownOrAll,
    delete: hasRoles(...PUBLISHING_ROLES),
  }
}
