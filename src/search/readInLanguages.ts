import {
  afterReadTraverseFields,
  createLocalReq,
  type JsonObject,
  type Payload,
  type PopulateType,
  type Where,
} from 'payload'

import type { PublicationCollection } from '@/publicationTypes'

import type { SearchLanguage } from './indexes'

export type StoredDocument = JsonObject & { id: string | number }

type ReadOptions = {
  collection: PublicationCollection
  where: Where
  limit: number
  /** Fields left out of the read and of population (names of fields to leave out). */
  exclude: readonly string[]
  depth: number
  populate: PopulateType
}

/**
 * Reads documents once with all their languages (as stored: a localised field holds one value per
 * language), and returns a function that gives them as `payload.find` with `locale` would: in that
 * language with the configured fallback, relationships populated, field hooks run.
 *
 * Why not one `payload.find` per language: the embedded FerretDB scans the whole collection for
 * every query that is not by a bare id, and a reindex read each collection three times (which
 * languages each publication has, then each language). Here it is read once; resolving the
 * languages and populating is Payload's own field pass (`afterReadTraverseFields`, what
 * `payload.find` runs on each document), done on a copy per language. Related documents are
 * read through one request per language, so their reads are batched as in `payload.find`.
 */
export async function readInLanguages(
  payload: Payload,
  { collection, where, limit, exclude, depth, populate }: ReadOptions,
): Promise<{
  stored: StoredDocument[]
  /** The documents with the given ids, as `payload.find` in `language` returns them, by id. */
  inLanguage: (language: SearchLanguage, ids: Set<string>) => Promise<Map<string, JsonObject>>
}> {
  const select = Object.fromEntries(exclude.map((field) => [field, false] as const))
  const { docs } = await payload.db.find<StoredDocument>({
    collection,
    where,
    limit,
    pagination: false,
    sort: 'id',
    select,
    req: await createLocalReq({}, payload),
  })
  const inLanguage = async (language: SearchLanguage, ids: Set<string>) => {
    const req = await createLocalReq({ locale: language }, payload)
    const localised = await Promise.all(
      docs
        .filter((stored) => ids.has(String(stored.id)))
        .map((stored) =>
          localise(structuredClone(stored), {
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
  return { stored: docs, inLanguage }
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
