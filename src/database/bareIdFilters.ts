import mongoose, { type Query } from 'mongoose'

type Filter = Record<string, unknown>

const isPlainObject = (value: unknown): value is Filter =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype

/** `{ $and: [x] }` → x, repeatedly: Payload wraps a single condition. */
function unwrapSingleAnd(filter: Filter): Filter {
  let current = filter
  while (
    Object.keys(current).length === 1 &&
    Array.isArray(current.$and) &&
    current.$and.length === 1 &&
    isPlainObject(current.$and[0])
  ) {
    current = current.$and[0]
  }
  return current
}

/**
 * `{ _id: { $eq: v } }` (what Payload sends for a by-id read) → `{ _id: v }`, the same query for
 * a scalar or ObjectId `v`. FerretDB v1 (SQLite) pushes only the bare form down to an indexed
 * lookup; every other filter, `$eq` included, scans the whole collection (checked with
 * `explain`: `filterPushdown` is true only for the bare form). Other filters are left alone.
 */
export function bareIdFilter(filter: Filter): Filter | undefined {
  const unwrapped = unwrapSingleAnd(filter)
  const keys = Object.keys(unwrapped)
  if (keys.length !== 1 || keys[0] !== '_id') return undefined
  const condition = unwrapped._id
  if (!isPlainObject(condition) || Object.keys(condition).length !== 1 || !('$eq' in condition)) {
    return unwrapped === filter ? undefined : unwrapped
  }
  const value = condition.$eq
  if (isPlainObject(value) || Array.isArray(value) || value instanceof RegExp) return undefined
  return { _id: value }
}

const OPERATIONS =
  /^(find|findOne|countDocuments|findOneAndUpdate|updateOne|updateMany|deleteOne|deleteMany)$/

/**
 * Registers the rewrite for every model compiled afterwards (call before Payload builds its
 * models, i.e. when the config is loaded). Only for FerretDB: MongoDB needs no help.
 */
export function sendBareIdFiltersToFerretDB() {
  mongoose.plugin((schema) => {
    schema.pre(
      OPERATIONS,
      { document: false, query: true },
      function rewrite(this: Query<unknown, unknown>) {
        const bare = bareIdFilter(this.getFilter() as Filter)
        if (bare) this.setQuery(bare)
      },
    )
  })
}
