import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionSlug,
  Field,
  Payload,
  PayloadRequest,
  Where,
} from 'payload'

import { publicConstraint } from '@/access/publicConstraint'
import { publishedBefore } from '@/hooks/publishedBefore'

const MEDIA = 'media'

/** Paths (`seo.image`, `figures`, …) of the fields that point at media, through groups and tabs. */
function mediaFieldPaths(fields: Field[], prefix = ''): string[] {
  return fields.flatMap((field): string[] => {
    if ((field.type === 'upload' || field.type === 'relationship') && field.relationTo === MEDIA)
      return [`${prefix}${field.name}`]
    if (field.type === 'group' || field.type === 'array')
      return 'name' in field && field.name
        ? mediaFieldPaths(field.fields, `${prefix}${field.name}.`)
        : mediaFieldPaths(field.fields, prefix)
    if (field.type === 'row' || field.type === 'collapsible')
      return mediaFieldPaths(field.fields, prefix)
    if (field.type === 'tabs')
      return field.tabs.flatMap((tab) =>
        mediaFieldPaths(tab.fields, 'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix),
      )
    return []
  })
}

type MediaUser = { collection: CollectionSlug; paths: string[]; hasDrafts: boolean }

const usersByPayload = new WeakMap<Payload, MediaUser[]>()

/** Every collection with fields that point at media (publications, people), read from the config. */
function mediaUsers(payload: Payload): MediaUser[] {
  let users = usersByPayload.get(payload)
  if (!users) {
    users = Object.values(payload.collections)
      .map(({ config }) => ({
        collection: config.slug as CollectionSlug,
        paths: mediaFieldPaths(config.fields),
        hasDrafts: Boolean(config.versions?.drafts),
      }))
      .filter((user) => user.collection !== MEDIA && user.paths.length > 0)
    usersByPayload.set(payload, users)
  }
  return users
}

function idsAt(value: unknown, [key, ...rest]: string[]): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => idsAt(item, [key, ...rest]))
  if (key === undefined) {
    if (typeof value === 'string' || typeof value === 'number') return [String(value)]
    if (typeof value === 'object' && value !== null && 'id' in value) return [String(value.id)]
    return []
  }
  return typeof value === 'object' && value !== null
    ? idsAt((value as Record<string, unknown>)[key], rest)
    : []
}

/** The media a document points at, in the fields `paths` name. */
function mediaIdsOf(doc: unknown, paths: string[]): string[] {
  return [...new Set(paths.flatMap((path) => idsAt(doc, path.split('.'))))]
}

/**
 * Sets `publicUse` on the given media: whether a public document (published, past its embargo;
 * people are always public) points at them now. One query per collection with media fields,
 * however many media: FerretDB has no `$lookup`, and media reads (list, file, image optimiser)
 * must stay a plain field comparison (src/access/mediaAccess.ts).
 */
export async function refreshMediaPublicUse(
  payload: Payload,
  mediaIds: string[],
  req?: PayloadRequest,
): Promise<void> {
  const ids = [...new Set(mediaIds)]
  if (ids.length === 0) return
  const used = new Set<string>()
  for (const { collection, paths, hasDrafts } of mediaUsers(payload)) {
    const pointsAtThem: Where = { or: paths.map((path) => ({ [path]: { in: ids } })) }
    const { docs } = await payload.find({
      collection,
      where: hasDrafts ? { and: [publicConstraint(), pointsAtThem] } : pointsAtThem,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const doc of docs) for (const id of mediaIdsOf(doc, paths)) used.add(id)
  }
  const { docs: media } = await payload.find({
    collection: MEDIA,
    where: { id: { in: ids } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { publicUse: true },
    req,
  })
  for (const { id, publicUse } of media) {
    const inPublicUse = used.has(String(id))
    if (Boolean(publicUse) === inPublicUse) continue
    await payload.update({
      collection: MEDIA,
      id,
      data: { publicUse: inPublicUse },
      depth: 0,
      overrideAccess: true,
      req,
    })
  }
}

/** The media a saved document of `collection` points at. */
export function mediaOfDocument(payload: Payload, collection: string, doc: unknown): string[] {
  const user = mediaUsers(payload).find((candidate) => candidate.collection === collection)
  return user ? mediaIdsOf(doc, user.paths) : []
}

/**
 * After a save: the media the document points at now and pointed at before may have gained or
 * lost their public use. Drafts of documents never published change nothing public.
 */
export const refreshMediaAfterChange: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  req,
}) => {
  const before = collection.versions?.drafts
    ? publishedBefore(req, collection.slug, doc.id)
    : previousDoc
  if (collection.versions?.drafts && doc._status !== 'published' && !before) return doc
  await refreshMediaPublicUse(
    req.payload,
    [
      ...mediaOfDocument(req.payload, collection.slug, doc),
      ...mediaOfDocument(req.payload, collection.slug, before),
    ],
    req,
  )
  return doc
}

export const refreshMediaAfterDelete: CollectionAfterDeleteHook = async ({
  collection,
  doc,
  req,
}) => {
  await refreshMediaPublicUse(req.payload, mediaOfDocument(req.payload, collection.slug, doc), req)
}

/** Every media file's `publicUse`, recomputed: on start, for data from before the field existed. */
export async function refreshAllMediaPublicUse(payload: Payload): Promise<void> {
  const { docs } = await payload.find({
    collection: MEDIA,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { publicUse: true },
  })
  await refreshMediaPublicUse(
    payload,
    docs.map((doc) => String(doc.id)),
  )
}
