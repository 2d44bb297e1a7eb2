import { InvalidEnvironmentError, parseEnv } from '../../src/env'

const valid = {
  DATABASE_URI: 'mongodb://127.0.0.1:27017/wissenshub',
  PAYLOAD_SECRET: 'a'.repeat(40),
  MEILI_HOST: 'http://127.0.0.1:7700',
  MEILI_MASTER_KEY: 'b'.repeat(32),
}

describe('environment validation', () => {
  it('names every missing variable at once', () => {
    expect(() => parseEnv({})).toThrow(InvalidEnvironmentError)
    try {
      parseEnv({})
    } catch (error) {
      const message = (error as Error).message
      for (const name of ['DATABASE_URI', 'PAYLOAD_SECRET', 'MEILI_HOST', 'MEILI_MASTER_KEY']) {
        expect(message).toContain(name)
      }
    }
  })

  it('refuses a short secret', () => {
    expect(() => parseEnv({ ...valid, PAYLOAD_SECRET: 'short' })).toThrow(/at least 32 characters/)
  })

  it('refuses the documented placeholder secret in production only', () => {
    const placeholder = {
      ...valid,
      PAYLOAD_SECRET: 'change-me-to-a-long-random-string-of-32-chars-or-more',
    }
    expect(() => parseEnv({ ...placeholder, APP_ENV: 'production' })).toThrow(/placeholder/)
    expect(parseEnv({ ...placeholder, APP_ENV: 'development' }).PAYLOAD_SECRET).toBe(
      placeholder.PAYLOAD_SECRET,
    )
  })

  it('reads flags and defaults', () => {
    const env = parseEnv({ ...valid, JOBS_AUTORUN: 'false' })
    expect(env.JOBS_AUTORUN).toBe(false)
    expect(env.DATABASE_FLAVOUR).toBe('mongodb')
    expect(env.APP_ENV).toBe('development')
  })
})
