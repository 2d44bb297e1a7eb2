import {
  addDataAndFileToRequest,
  docAccessOperation,
  NotFound,
  type CollectionConfig,
  type CollectionSlug,
  type Endpoint,
} from 'payload'

/**
 * Payload's `POST /api/<collection>/access/<id>` reads the document with access overridden, so
 * for a draft the caller may not read it answered with permissions where an unknown id gets 404:
 * proof that the draft exists. This takes its place (collection endpoints come first) and answers
 * 404 for both, as the collection's own `GET /<id>` does.
 */
const docAccessEndpoint: Endpoint = {
  path: '/access/:id?',
  method: 'post',
  handler: async (req) => {
    const slug = req.routeParams?.collection as CollectionSlug
    const id = req.routeParams?.id as string | undefined
    const collection = req.payload.collections[slug]
    if (id) {
      const { totalDocs } = await req.payload.count({
        collection: slug,
        where: { id: { equals: id } },
        overrideAccess: false,
        req,
      })
      if (totalDocs === 0) throw new NotFound(req.t)
    }
    await addDataAndFileToRequest(req)
    return Response.json(await docAccessOperation({ id, collection, data: req.data, req }))
  },
}

/** Adds the endpoint above to a collection (all collections get it in payload.config.ts). */
export function withDocAccessForReaders(collection: CollectionConfig): CollectionConfig {
  if (collection.endpoints === false) return collection
  return { ...collection, endpoints: [docAccessEndpoint, ...(collection.endpoints ?? [])] }
}
