import { existsSync } from 'node:fs'
import path from 'node:path'

import type { CollectionConfig, Plugin } from 'payload'

import { problemResponse } from '@/api/problem'

type UploadHandler = NonNullable<
  Exclude<CollectionConfig['upload'], boolean | undefined>['handlers']
>[number]

/**
 * Payload answers a file that is not in the upload folder with a 500 ("missing on the disk"), as
 * if the server had lost it; for a name nobody uploaded that is the client's 404.
 */
const notOnDisk: UploadHandler = (req, { params: { collection, filename } }) => {
  const upload = req.payload.collections[collection as 'media']?.config.upload
  if (!upload?.staticDir) return
  const folder = path.resolve(upload.staticDir)
  const file = path.resolve(folder, filename)
  if (!file.startsWith(folder + path.sep)) return
  if (existsSync(file)) return
  return problemResponse({
    title: 'Not found',
    status: 404,
    detail: `There is no media file named "${filename}".`,
  })
}

/** Media kept in the upload folder (not on S3) answer a file that is not there with a 404. */
export const missingMediaFileIsNotFound: Plugin = (config) => ({
  ...config,
  collections: config.collections?.map((collection) =>
    collection.slug === 'media' && typeof collection.upload === 'object'
      ? {
          ...collection,
          upload: {
            ...collection.upload,
            handlers: [notOnDisk, ...(collection.upload.handlers ?? [])],
          },
        }
      : collection,
  ),
})
