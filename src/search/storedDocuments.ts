import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import { transform } from '@payloadcms/db-mongodb/internal'
import {
  afterReadTraverseFields,
  createLocalReq,
  type JsonObject,
  type Payload,
  type PopulateType,
} from 'payload'

import type { PublicationCollection } from '@/publicationTypes'

import type { SearchLanguage } from './indexes'

export type StoredDocument = JsonObject & { id: string | number }

type StoredRead = {
  collection: PublicationCollection
  /** Fields left out of the read (names of top-level fields). */
  exclude: readonly string[]
}

/** Payload's `select` that leaves the given fields out. */
const selectWithout = (exclude: readonly string[]) =>
  Object.fromEntries(exclude.map((field) => [field, false] as const))

/**
 * One document as stored, by id alone (the read the embedded FerretDB serves without a scan): a
 * localised field holds one value per language (`payload.db.find`, no hooks, no population).
 * `inLanguages` gives it as a reader sees it. None if there is no such document.
 */
export async function readStoredById(
  payload: Payload,
  { collection, exclude, id }: StoredRead & { id: string },
): Promise<StoredDocument[]> {
  const { docs } = await payload.db.find<StoredDocument>({
    collection,
    where: { id: { equals: id } },
    limit: 1,
    pagination: false,
    sort: 'id',
    select: selectWithout(exclude),
    req: await createLocalReq({}, payload),
  })
  return docs
}

/**
 * A whole collection as stored, in slices of `sliceSize`, read by one database cursor: the
 * embedded FerretDB scans the whole collection for every query but a bare `_id`, so reading a
 * large collection in id ranges scanned it once per range, and larger ranges held more of it in
 * memory (2.6 GiB with ranges of 50,000 at 100,000 publications). The documents get the read
 * transform Payload's MongoDB adapter gives every `find` (ids and dates as strings); the adapter
 * exports it as internal, so after an upgrade `searchConsistency` shows whether it still gives
 * what `payload.db.find` gives (it compares records built from this read with the sync's).
 */
export async function* streamStored(
  payload: Payload,
  { collection, exclude, sliceSize }: StoredRead & { sliceSize: number },
): AsyncGenerator<StoredDocument[]> {
  const adapter = payload.db as unknown as MongooseAdapter
  const projection = Object.fromEntries(exclude.map((field) => [field, 0] as const))
  const cursor = adapter.collections[collection]
    .find({}, projection)
    .lean()
    .cursor({ batchSize: Math.min(sliceSize, 1_000) })
  const fields = payload.collections[collection].config.fields
  // The transform turns `_id` into `id`, in place.
  const asStored = (docs: JsonObject[]) => {
    transform({ adapter, data: docs, fields, operation: 'read' })
    return docs as StoredDocument[]
  }
  let slice: JsonObject[] = []
  try {
    for await (const doc of cursor) {
      slice.push(doc)
      if (slice.length < sliceSize) continue
      yield asStored(slice)
      slice = []
    }
    if (slice.length > 0) yield asStored(slice)
  } finally {
    await cursor.close()
  }
}

/**
 * Gives stored documents as `payload.find` with `locale` would: in that language with the
 * configured fallback, relationships populated, field hooks run.
 *
 * Why not one `payload.find` per language: the embedded FerretDB scans the whole collection for
 * every query that is not by a bare id, and a reindex read each collection three times (which
 * languages each publication has, then each language). Here it is read once; resolving the
 * languages and populating is Payload's own field pass (`afterReadTraverseFields`, what
 * `payload.find` runs on each document), done on a copy per language. Related documents are
 * read through one request per language, so their reads are batched as in `payload.find`.
 */
export function inLanguages(
  payload: Payload,
  stored: StoredDocument[],
  { collection, exclude, depth, populate }: StoredRead & { depth: number; populate: PopulateType },
): (language: SearchLanguage, ids: Set<string>) => Promise<Map<string, JsonObject>> {
  const select = selectWithout(exclude)
  return async (language, ids) => {
    const req = await createLocalReq({ locale: language }, payload)
    const localised = await Promise.all(
      stored
        .filter((doc) => ids.has(String(doc.id)))
        .map((doc) =>
          localise(structuredClone(doc), {
            collection,
            req,
            depth,
            populate,
            select,
          }),
        ),
    )
    return new Map(localised.map((doc) => [String(doc.id), doc]))
  }
}

/** Payload's afterRead field pass (as in `payload/dist/fields/hooks/afterRead`), on one document. */
async function localise(
  doc: JsonObject,
  {
    collection,
    req,
    depth,
    populate,
    select,
  }: {
    collection: PublicationCollection
    req: Awaited<ReturnType<typeof createLocalReq>>
    depth: number
    populate: PopulateType
    select: Record<string, false>
  },
): Promise<JsonObject> {
  const config = req.payload.collections[collection].config
  const fieldPromises: Promise<void>[] = []
  const populationPromises: Promise<void>[] = []
  afterReadTraverseFields({
    collection: config,
    context: req.context,
    currentDepth: 1,
    depth,
    doc,
    draft: false,
    fallbackLocale: req.fallbackLocale!,
    fieldPromises,
    fields: config.fields,
    findMany: true,
    flattenLocales: true,
    global: null,
    locale: req.locale!,
    overrideAccess: true,
    parentIndexPath: '',
    parentIsLocalized: false,
    parentPath: '',
    parentSchemaPath: '',
    populate,
    populationPromises,
    req,
    select,
    selectMode: 'exclude',
    showHiddenFields: false,
    siblingDoc: doc,
  })
  // A field's promise may add more (a populated document's own fields): run until none is left.
  while (fieldPromises.length > 0 || populationPromises.length > 0) {
    await Promise.all(fieldPromises.splice(0))
    await Promise.all(populationPromises.splice(0))
  }
  return doc
}
