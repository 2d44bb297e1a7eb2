import { randomUUID } from 'node:crypto'

import { describe, expect, it } from '@jest/globals'

import { adminHeaders, fetchJson, graphql, request } from '../helpers/actors'
import { stack } from '../helpers/api'

// The test stack runs with LOGIN_MAX_ATTEMPTS=5, LOGIN_LOCK_SECONDS=3,
// AUTH_RATE_LIMIT_PER_ACCOUNT=10, AUTH_RATE_LIMIT_PER_ADDRESS=40 and a 30 s window
// (tests/helpers/globalSetup.ts).
const MAX_ATTEMPTS = 5
const LOCK_SECONDS = 3
const PER_ACCOUNT = 10
const PER_ADDRESS = 40

async function createAccount() {
  const email = `sign-in-${randomUUID().slice(0, 8)}@test.wissenshub.local`
  const password = randomUUID()
  const created = await request('/api/users', {
    method: 'POST',
    headers: await adminHeaders(),
    body: { email, password, roles: ['author'] },
  })
  expect(created.status).toBe(201)
  return { email, password }
}

const login = (email: string, password: string) =>
  fetchJson(new URL('/api/users/login', stack().appUrl), {
    method: 'POST',
    body: { email, password },
  })

const unknownEmail = () => `nobody-${randomUUID().slice(0, 8)}@test.wissenshub.local`

describe('signing in', () => {
  it('answers a wrong password for an existing account exactly like an unknown account', async () => {
    const { email } = await createAccount()
    const known = await login(email, 'falsches-passwort')
    const unknown = await login(unknownEmail(), 'falsches-passwort')
    expect(known.status).toBe(401)
    expect(unknown.status).toBe(401)
    expect(known.json).toEqual(unknown.json)
  })

  it('locks an account after the maximum of wrong passwords, then lets it in after the lock', async () => {
    const { email, password } = await createAccount()
    const unknown = await login(unknownEmail(), 'falsches-passwort')
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
      const wrong = await login(email, `falsch-${attempt}`)
      expect({ attempt, status: wrong.status, json: wrong.json }).toEqual({
        attempt,
        status: 401,
        json: unknown.json,
      })
    }
    // Locked: the right password is refused, and the answer does not reveal the account.
    const locked = await login(email, password)
    expect(locked.status).toBe(401)
    expect(locked.json).toEqual(unknown.json)

    await new Promise((resolve) => setTimeout(resolve, LOCK_SECONDS * 1000 + 500))
    const afterLock = await login(email, password)
    expect(afterLock.status).toBe(200)
  }, 30_000)

  it('refuses an account with 429 and Retry-After once its failed attempts reach the limit', async () => {
    const { email, password } = await createAccount()
    for (let attempt = 1; attempt <= PER_ACCOUNT; attempt += 1) {
      expect((await login(email, `falsch-${attempt}`)).status).toBe(401)
    }
    const limited = await login(email, password)
    expect(limited.status).toBe(429)
    expect(limited.headers.get('content-type')).toContain('application/problem+json')
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    expect(JSON.stringify(limited.json)).toMatch(/Zu viele Anmeldeversuche/)
    expect(JSON.stringify(limited.json)).toMatch(/Too many sign-in attempts/)
  }, 30_000)

  it('limits password-reset requests for one account', async () => {
    const { email } = await createAccount()
    const statuses: number[] = []
    for (let attempt = 0; attempt <= PER_ACCOUNT; attempt += 1) {
      const reset = await request('/api/users/forgot-password', {
        method: 'POST',
        body: { email },
      })
      statuses.push(reset.status)
    }
    expect(statuses.slice(0, PER_ACCOUNT).every((status) => status === 200)).toBe(true)
    expect(statuses.at(-1)).toBe(429)
  }, 30_000)

  it('does not name the database or its errors in a GraphQL loginUser failure', async () => {
    const { email } = await createAccount()
    const wrong = await graphql(
      `mutation { loginUser(email: "${email}", password: "falsches-passwort") { token } }`,
    )
    const unknown = await graphql(
      `mutation { loginUser(email: "${unknownEmail()}", password: "falsches-passwort") { token } }`,
    )
    const answer = JSON.stringify(wrong.json)
    expect(answer).not.toMatch(/Mongo|FerretDB|not implemented|findAndModify/i)
    expect(wrong.json.errors?.[0]?.message).toBe(unknown.json.errors?.[0]?.message)
    expect(wrong.json.errors?.[0]).toMatchObject({ extensions: { statusCode: 401 } })
  })

  it('refuses an address with 429 once its failed attempts reach the limit, then recovers', async () => {
    let limited: Awaited<ReturnType<typeof login>> | undefined
    // In bursts, so that the attempts land within one window even on a slow machine.
    for (let round = 0; round < 3 && !limited; round += 1) {
      const answers = await Promise.all(
        Array.from({ length: PER_ADDRESS }, () => login(unknownEmail(), 'falsches-passwort')),
      )
      expect(answers.every(({ status }) => status === 401 || status === 429)).toBe(true)
      const next = await login(unknownEmail(), 'falsches-passwort')
      limited = [...answers, next].find(({ status }) => status === 429)
    }
    expect(limited?.status).toBe(429)
    expect(limited?.headers.get('content-type')).toContain('application/problem+json')
    const retryAfter = Number(limited?.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThanOrEqual(1)
    // The right password from the same address waits too …
    expect((await login(stack().admin.email, stack().admin.password)).status).toBe(429)
    // … until the window has passed (and the rest of the suite may sign in again).
    await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000 + 500))
    expect((await login(stack().admin.email, stack().admin.password)).status).toBe(200)
  }, 120_000)
})
