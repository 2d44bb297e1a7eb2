import { clientAddress, parseTrustedProxies } from '../../src/api/clientAddress'
import { parseEnv } from '../../src/env'

const valid = {
  DATABASE_URI: 'mongodb://127.0.0.1:27017/wissenshub',
  PAYLOAD_SECRET: 'a'.repeat(40),
  MEILI_HOST: 'http://127.0.0.1:7700',
  MEILI_MASTER_KEY: 'b'.repeat(32),
}

describe('the client address behind proxies', () => {
  const none = parseTrustedProxies('')
  const proxies = parseTrustedProxies('10.0.0.0/8, 192.0.2.10 fd00::/8')

  it('ignores X-Forwarded-For when no proxy is trusted (the default)', () => {
    expect(
      clientAddress({ peer: '198.51.100.7', forwardedFor: '203.0.113.1', trusted: none }),
    ).toBe('198.51.100.7')
    expect(parseEnv(valid).TRUSTED_PROXIES).toEqual([])
  })

  it('ignores it from a peer that is not a trusted proxy', () => {
    expect(
      clientAddress({ peer: '198.51.100.7', forwardedFor: '203.0.113.1', trusted: proxies }),
    ).toBe('198.51.100.7')
  })

  it('believes trusted proxies, right to left, and no further', () => {
    expect(
      clientAddress({
        peer: '10.0.0.5',
        forwardedFor: '1.1.1.1, 203.0.113.9, 192.0.2.10',
        trusted: proxies,
      }),
    ).toBe('203.0.113.9')
    expect(
      clientAddress({ peer: '::ffff:10.1.2.3', forwardedFor: '203.0.113.9', trusted: proxies }),
    ).toBe('203.0.113.9')
    expect(clientAddress({ peer: 'fd00::1', forwardedFor: null, trusted: proxies })).toBe('fd00::1')
  })

  it('answers nothing without the peer, so callers fall back to one shared quota', () => {
    expect(
      clientAddress({ peer: null, forwardedFor: '203.0.113.1', trusted: proxies }),
    ).toBeUndefined()
  })

  it('refuses a TRUSTED_PROXIES entry that is not an address or range, naming it', () => {
    expect(() => parseEnv({ ...valid, TRUSTED_PROXIES: '10.0.0.0/8, proxy.local' })).toThrow(
      /TRUSTED_PROXIES.*"proxy\.local" is not an IP address/,
    )
    expect(() => parseEnv({ ...valid, TRUSTED_PROXIES: '10.0.0.0/33' })).toThrow(/TRUSTED_PROXIES/)
  })
})
