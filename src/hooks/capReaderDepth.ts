import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'

import { EDITORIAL_ROLES, hasRole } from '@/access/roles'

/**
 * How deep anonymous readers, partners and press may have relationships populated: the site and
 * API v1 need 2. Deeper requests are answered at this depth, not refused, so clients that always
 * send `?depth=10` keep working; the configured `maxDepth` (payload.config.ts) bounds the rest.
 */
export const READER_MAX_DEPTH = 2

export const capReaderDepth: CollectionBeforeOperationHook = ({ args, req }) => {
  if (hasRole(req.user, ...EDITORIAL_ROLES)) return args
  const { depth } = args as { depth?: unknown }
  if (depth === undefined || depth === null) return args
  const asked = Number(depth)
  return Number.isFinite(asked) && asked <= READER_MAX_DEPTH
    ? args
    : { ...args, depth: READER_MAX_DEPTH }
}

/** Adds the reader's depth cap to a collection (all collections get it in payload.config.ts). */
export function withReaderDepthCap(collection: CollectionConfig): CollectionConfig {
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [capReaderDepth, ...(collection.hooks?.beforeOperation ?? [])],
    },
  }
}
