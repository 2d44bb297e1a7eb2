import type { CollectionConfig, Config } from 'payload'

import { InvalidEnvironmentError, parseEnv } from '../../src/env'
import { mediaStorage, s3SettingsFrom } from '../../src/uploads/mediaStorage'

const base = {
  DATABASE_URI: 'mongodb://127.0.0.1:27017/wissenshub',
  PAYLOAD_SECRET: 'a'.repeat(40),
  MEILI_HOST: 'http://127.0.0.1:7700',
  MEILI_MASTER_KEY: 'b'.repeat(32),
}
const s3 = {
  S3_BUCKET: 'wissenshub-media',
  S3_REGION: 'eu-central-1',
  S3_ENDPOINT: 'https://s3.example.org',
  S3_ACCESS_KEY_ID: 'AKIAEXAMPLE',
  S3_SECRET_ACCESS_KEY: 'c'.repeat(40),
}

function errorOf(source: Record<string, string>): string {
  try {
    parseEnv(source)
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidEnvironmentError)
    return (error as Error).message
  }
  throw new Error('expected the environment to be refused')
}

const media = (): CollectionConfig => ({
  slug: 'media',
  upload: { staticDir: '/tmp/media' },
  fields: [{ name: 'alt', type: 'text' }],
})

async function applied(env: Record<string, string>) {
  const config = (await mediaStorage(s3SettingsFrom(parseEnv(env)))({
    collections: [media()],
  } as Config)) as Config
  const collection = config.collections!.find((candidate) => candidate.slug === 'media')!
  return collection.upload as Exclude<CollectionConfig['upload'], boolean | undefined>
}

describe('media on S3: configuration', () => {
  it('is all or nothing, naming each missing variable', () => {
    const message = errorOf({ ...base, S3_BUCKET: 'wissenshub-media' })
    for (const name of ['S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY']) {
      expect(message).toContain(`${name} is missing`)
    }
    expect(message).not.toContain('S3_BUCKET is missing')
    expect(errorOf({ ...base, S3_ENDPOINT: 'https://s3.example.org' })).toContain(
      'S3_BUCKET is missing',
    )
  })

  it('refuses an endpoint that is not a URL', () => {
    expect(errorOf({ ...base, ...s3, S3_ENDPOINT: 's3.example.org' })).toContain(
      'S3_ENDPOINT must be an http(s) URL',
    )
  })

  it('keeps media in the upload folder when nothing is set', async () => {
    expect(s3SettingsFrom(parseEnv(base))).toBeNull()
    const upload = await applied(base)
    expect(upload.disableLocalStorage).toBeUndefined()
    // Only the hub's own: a file missing from the folder is a 404, not Payload's 500.
    expect(upload.handlers?.map((handler) => handler.name)).toEqual(['notOnDisk'])
  })

  it('stores media through the S3 adapter when all is set (AWS without endpoint, too)', async () => {
    const onAws = Object.fromEntries(Object.entries(s3).filter(([key]) => key !== 'S3_ENDPOINT'))
    for (const env of [
      { ...base, ...s3 },
      { ...base, ...onAws },
    ]) {
      expect(s3SettingsFrom(parseEnv(env))?.bucket).toBe('wissenshub-media')
      const upload = await applied(env)
      expect(upload.disableLocalStorage).toBe(true)
      expect(upload.handlers?.length).toBeGreaterThan(0)
    }
  })
})
