import { stack } from '../helpers/api'
import { insecureProductionWarning, sessionCookieIsSecure } from '../../src/security/sessionCookie'

const get = (path: string, init: RequestInit = {}) => fetch(`${stack().appUrl}${path}`, init)

describe('security headers', () => {
  it.each([
    '/',
    '/vortraege/gibt-es-nicht',
    '/admin/login',
    '/api/talks',
    '/api/v1/talks',
    // Outside the proxy (src/api/apiRouteOutsideProxy.ts): the route sets them itself.
    '/api/search?q=KI',
    '/oai?verb=Identify',
    '/feeds/rss.xml',
  ])('%s: nosniff, same-origin framing only, referrer policy, a policy', async (path) => {
    const response = await get(path)
    await response.arrayBuffer()
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'self'")
  })

  it('gives pages a fresh script nonce, which the page’s scripts carry', async () => {
    const first = await get('/')
    const html = await first.text()
    const policy = first.headers.get('content-security-policy') ?? ''
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1]
    expect(nonce).toBeTruthy()
    expect(policy).toContain("'strict-dynamic'")
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/)
    expect(html).toContain(`nonce="${nonce}"`)
    const second = await get('/')
    await second.arrayBuffer()
    expect(second.headers.get('content-security-policy')).not.toContain(nonce)
  })

  it.each(['/api/v1/talks', '/api/search?q=KI'])('lets the API run nothing: %s', async (path) => {
    const response = await get(path)
    await response.arrayBuffer()
    expect(response.headers.get('content-security-policy')).toMatch(/^default-src 'none'/)
  })

  it('sets nosniff on Next.js’s own files too', async () => {
    const html = await (await get('/')).text()
    const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1]
    expect(script).toBeTruthy()
    const response = await get(script!)
    await response.arrayBuffer()
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })
})

describe('the colour-scheme client hint', () => {
  // Payload asks for it on every path; with Critical-CH, Chromium discards a first answer without
  // the hint and asks again, so each reader's first page would cost two requests.
  it.each(['/', '/en', '/vortraege', '/suche?q=KI', '/personen'])(
    '%s: the public site does not ask for it, so the first answer is final',
    async (path) => {
      const response = await get(path)
      await response.arrayBuffer()
      expect(response.status).toBe(200)
      expect(response.headers.get('critical-ch')).toBeNull()
      expect(response.headers.get('accept-ch')).toBeNull()
    },
  )

  it('the admin still asks, to render in the reader’s theme at once', async () => {
    const response = await get('/admin/login')
    await response.arrayBuffer()
    expect(response.headers.get('critical-ch')).toBe('Sec-CH-Prefers-Color-Scheme')
  })
})

describe('the session cookie', () => {
  it('is HttpOnly and not Secure on this http test hub', async () => {
    const { admin } = stack()
    const response = await get('/api/users/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(admin),
    })
    await response.arrayBuffer()
    const cookie = response.headers.getSetCookie().find((each) => each.startsWith('payload-token='))
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).not.toMatch(/;\s*Secure/i)
  })

  it('is Secure exactly when SERVER_URL is https', () => {
    expect(sessionCookieIsSecure({ SERVER_URL: 'https://hub.example.org' })).toBe(true)
    expect(sessionCookieIsSecure({ SERVER_URL: 'http://hub.example.org' })).toBe(false)
  })

  it('makes production over plain http warn at start-up, except on this machine', () => {
    const warn = (SERVER_URL: string, APP_ENV: 'production' | 'development' = 'production') =>
      insecureProductionWarning({ SERVER_URL, APP_ENV })
    expect(warn('http://hub.example.org')).toMatch(/plain http in production/)
    expect(warn('https://hub.example.org')).toBeUndefined()
    expect(warn('http://hub.example.org', 'development')).toBeUndefined()
    expect(warn('http://127.0.0.1:3000')).toBeUndefined()
  })
})
