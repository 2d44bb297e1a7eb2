import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

import type { AppEnv } from '@/env'

import { missingMediaFileIsNotFound } from './missingMediaFile'

export type S3Settings = {
  bucket: string
  region: string
  endpoint?: string
  accessKeyId: string
  secretAccessKey: string
}

/** The S3 settings when the environment has them (`src/env.ts` makes them all-or-nothing). */
export function s3SettingsFrom(env: AppEnv): S3Settings | null {
  const { S3_BUCKET, S3_REGION, S3_ENDPOINT, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY } = env
  if (!S3_BUCKET || !S3_REGION || !S3_ACCESS_KEY_ID || !S3_SECRET_ACCESS_KEY) return null
  return {
    bucket: S3_BUCKET,
    region: S3_REGION,
    endpoint: S3_ENDPOINT,
    accessKeyId: S3_ACCESS_KEY_ID,
    secretAccessKey: S3_SECRET_ACCESS_KEY,
  }
}

/**
 * Media on S3-compatible storage through Payload's official adapter when configured; otherwise the
 * adapter stays switched off and media are files in the upload folder. It is always registered,
 * switched on or off, because it adds an admin component that must be in the import map that
 * `next build` bundles, whatever the environment the build ran in.
 */
export function mediaStorage(s3: S3Settings | null): Plugin {
  const storage = s3Storage({
    enabled: s3 !== null,
    collections: { media: true },
    bucket: s3?.bucket ?? 'not-configured',
    config: s3
      ? {
          region: s3.region,
          endpoint: s3.endpoint,
          // Path-style addressing (bucket in the path) is what MinIO and most non-AWS hosts need.
          forcePathStyle: s3.endpoint !== undefined,
          credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
        }
      : {},
  })
  return async (config) => {
    const withStorage = await storage(config)
    return s3 ? withStorage : missingMediaFileIsNotFound(withStorage)
  }
}
