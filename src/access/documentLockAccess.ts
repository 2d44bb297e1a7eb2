import type {
  Access,
  AccessResult,
  PayloadRequest,
  SanitizedCollectionConfig,
  SanitizedConfig,
  Where,
} from 'payload'

import { EDITORIAL_ROLES, hasRole } from './roles'

const LOCKS = 'payload-locked-documents'

type Reference = { relationTo?: unknown; value?: unknown } | string | null | undefined
type LockData = { document?: Reference; user?: Reference; globalSlug?: unknown }

const idOf = (reference: Reference) =>
  typeof reference === 'object' && reference !== null
    ? typeof reference.value === 'object' && reference.value !== null
      ? (reference.value as { id?: unknown }).id
      : reference.value
    : reference

type Editable = {
  collections: Map<string, SanitizedCollectionConfig>
  globals: Map<string, SanitizedConfig['globals'][number]>
}

/** What `req`'s user may edit of one lockable collection or global: its `update` access. */
async function updateAccess(
  req: PayloadRequest,
  access: Access | undefined,
): Promise<AccessResult> {
  return access ? await access({ req }) : Boolean(req.user)
}

/**
 * The locks a user may see and remove: on documents they may edit; where they may edit only some
 * documents of a collection (authors: their own), on those they locked themselves, since a lock
 * cannot be joined with its document on every database. Admins: all.
 */
async function visibleLocks(req: PayloadRequest, editable: Editable): Promise<AccessResult> {
  const { user } = req
  if (!user || !hasRole(user, ...EDITORIAL_ROLES)) return false
  if (hasRole(user, 'admin')) return true
  const or: Where[] = []
  for (const [slug, collection] of editable.collections) {
    const access = await updateAccess(req, collection.access?.update)
    if (access === true) or.push({ 'document.relationTo': { equals: slug } })
    else if (access) {
      or.push({
        and: [{ 'document.relationTo': { equals: slug } }, { 'user.value': { equals: user.id } }],
      })
    }
  }
  for (const [slug, global] of editable.globals) {
    if ((await updateAccess(req, global.access?.update)) === true)
      or.push({ globalSlug: { equals: slug } })
  }
  return or.length > 0 ? { or } : false
}

/** A lock written by a user: in their own name, on a document or global they may edit. */
async function mayWrite(req: PayloadRequest, editable: Editable, data: LockData | undefined) {
  const { user } = req
  if (!user || !hasRole(user, ...EDITORIAL_ROLES)) return false
  if (hasRole(user, 'admin')) return true
  if (data?.user !== undefined && String(idOf(data.user)) !== String(user.id)) return false
  if (data?.globalSlug) {
    const global = editable.globals.get(String(data.globalSlug))
    if (!global || (await updateAccess(req, global.access?.update)) !== true) return false
  }
  if (data?.document) {
    const relationTo = typeof data.document === 'object' ? data.document.relationTo : undefined
    const collection = editable.collections.get(String(relationTo))
    const id = idOf(data.document)
    if (!collection || (typeof id !== 'string' && typeof id !== 'number')) return false
    const access = await updateAccess(req, collection.access?.update)
    if (access === false) return false
    if (access !== true) {
      const { totalDocs } = await req.payload.count({
        collection: collection.slug,
        where: { and: [{ id: { equals: id } }, access] },
        overrideAccess: true,
        req,
      })
      if (totalDocs === 0) return false
    }
  }
  return true
}

/**
 * Payload adds its `payload-locked-documents` collection while sanitizing the config, with access
 * for any signed-in user and no setting to change it: so partners and press could lock what
 * editors work on (423) and everyone could read who edits what. This replaces its access once
 * the config is built; the admin keeps locking as before for the roles that edit.
 */
export function restrictDocumentLocks(config: SanitizedConfig): SanitizedConfig {
  const locks = config.collections.find((collection) => collection.slug === LOCKS)
  if (!locks) return config
  const editable: Editable = {
    collections: new Map(
      config.collections
        .filter((collection) => collection.slug !== LOCKS && collection.lockDocuments !== false)
        .map((collection) => [collection.slug, collection]),
    ),
    globals: new Map(
      config.globals
        .filter((global) => global.lockDocuments !== false)
        .map((global) => [global.slug, global]),
    ),
  }
  const read: Access = ({ req }) => visibleLocks(req, editable)
  locks.access = {
    ...locks.access,
    read,
    delete: read,
    create: ({ req, data }) =>
      data?.document || data?.globalSlug ? mayWrite(req, editable, data) : false,
    update: async ({ req, data }) =>
      (await mayWrite(req, editable, data)) ? visibleLocks(req, editable) : false,
  }
  return config
}
