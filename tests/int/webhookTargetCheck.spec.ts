import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { postToWebhookTarget } from '../../src/webhooks/postToWebhookTarget'
import { checkWebhookTarget, type Resolve } from '../../src/webhooks/targetAddress'

let receiver: Server
let port: number
let hits = 0

beforeAll(async () => {
  receiver = createServer((_req, res) => {
    hits += 1
    res.writeHead(204).end()
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  port = (receiver.address() as AddressInfo).port
})

afterAll(() => new Promise((resolve) => receiver.close(resolve)))

const strict = { allowPrivate: false }

describe('webhook targets: the address check', () => {
  it.each([
    'http://[::ffff:127.0.0.1]:8080/hook',
    'http://[::ffff:7f00:1]/hook',
    'http://localhost.:8080/hook',
    'http://foo.localhost:8080/hook',
    'http://LOCALHOST/hook',
    'http://127.0.0.1/hook',
    'http://2130706433/hook',
    'http://0x7f.1/hook',
    'http://10.1.2.3/hook',
    'http://172.16.0.1/hook',
    'http://192.168.1.1/hook',
    'http://169.254.169.254/latest/meta-data',
    'http://100.64.0.1/hook',
    'http://0.0.0.0/hook',
    'http://[::]/hook',
    'http://[::1]/hook',
    'http://[fe80::1]/hook',
    'http://[fd00::1]/hook',
    'http://224.0.0.1/hook',
    'http://255.255.255.255/hook',
    'http://[64:ff9b::7f00:1]/hook',
    'http://[2002:7f00:1::]/hook',
    'http://198.18.0.1/hook',
  ])('refuses %s', async (url) => {
    expect(await checkWebhookTarget(url, strict)).toMatch(/intern|lokal|besondere|special/i)
  })

  it('refuses a host name that resolves to an internal address', async () => {
    const resolve: Resolve = async () => [{ address: '10.0.0.7', family: 4 }]
    expect(
      await checkWebhookTarget('https://partner.example/hook', { ...strict, resolve }),
    ).toMatch(/intern/i)
  })

  it('refuses a host name with any internal address among public ones', async () => {
    const resolve: Resolve = async () => [
      { address: '93.184.215.14', family: 4 },
      { address: '::1', family: 6 },
    ]
    expect(
      await checkWebhookTarget('https://partner.example/hook', { ...strict, resolve }),
    ).not.toBe(true)
  })

  it('accepts a public address', async () => {
    const resolve: Resolve = async () => [{ address: '93.184.215.14', family: 4 }]
    expect(await checkWebhookTarget('https://partner.example/hook', { ...strict, resolve })).toBe(
      true,
    )
    expect(await checkWebhookTarget('https://93.184.215.14/hook', strict)).toBe(true)
  })

  it('refuses a host name that does not resolve', async () => {
    expect(await checkWebhookTarget('https://nicht-vorhanden.invalid/hook', strict)).toMatch(
      /aufl/i,
    )
  })
})

describe('webhook targets: the delivery', () => {
  const post = (url: string, options: { allowPrivate: boolean; resolve?: Resolve }) =>
    postToWebhookTarget(url, { headers: {}, body: '{}', timeoutMs: 5_000, ...options })

  it('never connects to an internal address, even when the name resolved elsewhere before', async () => {
    const before = hits
    // DNS rebinding: public at subscription, loopback at delivery.
    let answers = 0
    const resolve: Resolve = async () => {
      answers += 1
      return [{ address: answers === 1 ? '93.184.215.14' : '127.0.0.1', family: 4 }]
    }
    expect(await checkWebhookTarget(`http://rebind.example:${port}/`, { ...strict, resolve })).toBe(
      true,
    )
    await expect(post(`http://rebind.example:${port}/`, { ...strict, resolve })).rejects.toThrow(
      /intern/i,
    )
    for (const url of [
      `http://localhost.:${port}/`,
      `http://[::ffff:127.0.0.1]:${port}/`,
      `http://127.0.0.1:${port}/`,
    ]) {
      await expect(post(url, strict)).rejects.toThrow(/intern|lokal/i)
    }
    expect(hits).toBe(before)
  })

  it('connects to the address it checked', async () => {
    const before = hits
    const resolve: Resolve = async () => [{ address: '127.0.0.1', family: 4 }]
    const { status } = await post(`http://receiver.example:${port}/`, {
      allowPrivate: true,
      resolve,
    })
    expect(status).toBe(204)
    expect(hits).toBe(before + 1)
  })
})
