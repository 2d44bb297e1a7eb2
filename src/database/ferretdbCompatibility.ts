import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { ClientSession, Model, ProjectionType } from 'mongoose'

/**
 * What FerretDB v1 (the embedded database) lacks, handled for the `ferretdb` flavour only; on a
 * real MongoDB none of this is active. Each gap is listed in the README ("FerretDB gaps and how
 * they are handled").
 */

// Mongoose's model methods are heavily overloaded; the wrappers only need the document's `_id`.
type AnyModel = Model<{ _id: unknown }>
type WriteOptions = {
  projection?: ProjectionType<unknown>
  session?: ClientSession | null
  lean?: boolean
  [option: string]: unknown
}

const hasProjection = (projection: WriteOptions['projection']) =>
  projection !== undefined &&
  projection !== null &&
  (typeof projection !== 'object' || Object.keys(projection).length > 0)

/**
 * FerretDB v1 answers `findAndModify` with a projection (`fields`) with "support for field
 * "fields" is not implemented yet". Payload's db-mongodb sends one whenever an update or delete
 * has a `select` — among others when a failed login increments `loginAttempts`, so every wrong
 * password was a 500 and the lockout never engaged. Such a call becomes the write without a
 * projection, then a read of the same document by `_id` with it. Not atomic, which FerretDB
 * (no transactions) could not promise anyway; Payload always asks for the document after the
 * update (`new: true`).
 */
export function findAndModifyWithoutProjection<T>(target: Model<T>) {
  const model = target as unknown as AnyModel
  const findOneAndUpdate = model.findOneAndUpdate.bind(model) as (
    filter: object,
    update: object,
    options: WriteOptions,
  ) => Promise<{ _id: unknown } | null>
  const findOneAndDelete = model.findOneAndDelete.bind(model) as (
    filter: object,
    options: WriteOptions,
  ) => unknown

  const updateThenRead = async (filter: object, update: object, options: WriteOptions = {}) => {
    const { projection, ...rest } = options
    if (!hasProjection(projection)) return findOneAndUpdate(filter, update, options)
    const updated = await findOneAndUpdate(filter, update, { ...rest, lean: true })
    if (!updated) return null
    return model
      .findOne({ _id: updated._id }, projection, { session: rest.session ?? null })
      .lean(rest.lean === true)
  }

  const readThenDelete = (filter: object, options: WriteOptions = {}) => {
    const { projection, session } = options
    if (!hasProjection(projection)) return findOneAndDelete(filter, options)
    // Payload chains `.lean()` on the result, so this stays a query; the delete runs once the
    // document has been read.
    return model
      .findOne(filter, projection, { session: session ?? null })
      .transform(async (document) => {
        if (document)
          await model.deleteOne({ _id: document._id }, { session: session ?? undefined })
        return document
      })
  }

  Object.assign(model, { findOneAndUpdate: updateThenRead, findOneAndDelete: readThenDelete })
}

function modelsOf(adapter: MongooseAdapter): AnyModel[] {
  const models: unknown[] = [
    ...Object.values(adapter.collections),
    ...Object.values(adapter.versions),
    adapter.globals,
  ]
  return models.filter(Boolean) as AnyModel[]
}

/**
 * The mongoose adapter's options for FerretDB: no multi-document transactions, no `$lookup`
 * (join fields and sorting by relationships are resolved with separate queries), no index hints,
 * and `findAndModify` without a projection.
 */
export const ferretdbAdapterOptions = {
  transactionOptions: false,
  useJoinAggregations: false,
  usePipelineInSortLookup: false,
  disableIndexHints: true,
  afterOpenConnection: (adapter: MongooseAdapter) => {
    for (const model of modelsOf(adapter)) findAndModifyWithoutProjection(model)
  },
} as const
