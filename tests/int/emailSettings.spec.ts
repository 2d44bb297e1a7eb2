import { smtpOptionsFrom } from '../../src/email/emailAdapter'
import { parseEnv } from '../../src/env'

const valid = {
  DATABASE_URI: 'mongodb://127.0.0.1:27017/wissenshub',
  PAYLOAD_SECRET: 'a'.repeat(40),
  MEILI_HOST: 'http://127.0.0.1:7700',
  MEILI_MASTER_KEY: 'b'.repeat(32),
}

describe('e-mail settings', () => {
  it('needs a sender address once SMTP is set, and an smtp(s) URL', () => {
    expect(() => parseEnv({ ...valid, SMTP_URL: 'smtp://mail.example.org' })).toThrow(
      /EMAIL_FROM is missing/,
    )
    expect(() =>
      parseEnv({ ...valid, SMTP_URL: 'https://mail.example.org', EMAIL_FROM: 'hub@example.org' }),
    ).toThrow(/SMTP_URL must be smtp:\/\//)
    expect(
      parseEnv({ ...valid, SMTP_URL: 'smtps://mail.example.org', EMAIL_FROM: 'hub@example.org' })
        .SMTP_URL,
    ).toBe('smtps://mail.example.org')
  })

  it('reads host, port, TLS and credentials from SMTP_URL', () => {
    expect(smtpOptionsFrom('smtp://hub%40example.org:p%40ss@mail.example.org')).toEqual({
      host: 'mail.example.org',
      port: 587,
      secure: false,
      auth: { user: 'hub@example.org', pass: 'p@ss' },
    })
    expect(smtpOptionsFrom('smtps://mail.example.org:2465')).toEqual({
      host: 'mail.example.org',
      port: 2465,
      secure: true,
    })
  })
})
