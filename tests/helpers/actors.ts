import { randomUUID } from 'node:crypto'

import type { Role } from '../../src/access/roles'
import { loginAsAdmin, rest, stack } from './api'

/** Someone calling the API: anonymous, a logged-in user (JWT) or a partner (API key). */
export type Actor = {
  name: string
  role: Role | 'anonymous'
  userId?: string
  headers: Record<string, string>
}

// One login per test file: concurrent logins of the same user race on its session list when the
// database has no transactions (FerretDB), and one of the tokens can lose its session.
let adminToken: Promise<string> | undefined
export async function adminHeaders() {
  adminToken ??= loginAsAdmin()
  return { Authorization: `JWT ${await adminToken}` }
}

/** Creates a document as the admin (a draft with `draft`); throws with the answer unless 201. */
export async function createAsAdmin(
  collection: string,
  body: Record<string, unknown>,
  { draft = false }: { draft?: boolean } = {},
) {
  const { status, json } = await request<{ doc: { id: string; slug: string; title: string } }>(
    `/api/${collection}${draft ? '?draft=true' : ''}`,
    { method: 'POST', headers: await adminHeaders(), body },
  )
  if (status !== 201) {
    throw new Error(`creating ${collection} failed: ${status} ${JSON.stringify(json)}`)
  }
  return json.doc
}

export const anonymous: Actor = { name: 'anonymous', role: 'anonymous', headers: {} }

export type Account = { userId: string; email: string; password: string; name: string }

/** Creates a user with one role through the admin's REST API (partners also get an API key). */
export async function createAccount(
  role: Role,
  name: string = role,
  apiKey?: string,
): Promise<Account> {
  const email = `${name.toLowerCase().replace(/\W+/g, '-')}-${randomUUID().slice(0, 8)}@test.wissenshub.local`
  const password = randomUUID()
  const created = await request<{ doc: { id: string } }>('/api/users', {
    method: 'POST',
    headers: await adminHeaders(),
    body: {
      email,
      password,
      name,
      roles: [role],
      ...(apiKey ? { enableAPIKey: true, apiKey } : {}),
    },
  })
  if (created.status !== 201)
    throw new Error(`creating ${role} failed: ${created.status} ${JSON.stringify(created.json)}`)
  return { userId: created.json.doc.id, email, password, name }
}

/** Creates a user with one role and logs them in (partners call with their API key). */
export async function createActor(role: Role, name: string = role): Promise<Actor> {
  const apiKey = role === 'partner' ? randomUUID() : undefined
  const { userId, email, password } = await createAccount(role, name, apiKey)
  if (apiKey) return { name, role, userId, headers: { Authorization: `users API-Key ${apiKey}` } }
  const login = await rest<{ token: string }>('/api/users/login', {
    method: 'POST',
    body: { email, password },
  })
  return { name, role, userId, headers: { Authorization: `JWT ${login.json.token}` } }
}

type JsonRequest = { method?: string; headers?: Record<string, string>; body?: unknown }

/** JSON in and out: status, headers and the parsed body (`{ raw }` when it is not JSON). */
export async function fetchJson<T = Record<string, unknown>>(
  url: URL,
  { method = 'GET', headers = {}, body }: JsonRequest = {},
): Promise<{ status: number; headers: Headers; json: T }> {
  const response = await fetch(url, {
    method,
    headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  let json: unknown = {}
  try {
    json = text ? JSON.parse(text) : {}
  } catch {
    json = { raw: text }
  }
  return { status: response.status, headers: response.headers, json: json as T }
}

/** REST on the test stack with arbitrary headers; returns status and parsed JSON. */
export async function request<T = Record<string, unknown>>(
  path: string,
  init: JsonRequest = {},
): Promise<{ status: number; json: T }> {
  const { status, json } = await fetchJson<T>(new URL(path, stack().appUrl), init)
  return { status, json }
}

export async function graphql<T = Record<string, unknown>>(
  query: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: { data?: T; errors?: { message: string }[] } }> {
  return request('/api/graphql', { method: 'POST', headers, body: { query } })
}

/**
 * A partner account as an admin makes it, with the settings only admins may give: its own quota
 * and the web origins of its portals. Returns the admin's answer and the key's headers.
 */
export async function createPartnerAccount(settings: {
  apiRateLimit?: number
  allowedOrigins?: string[]
}) {
  const apiKey = randomUUID()
  const created = await request<{ doc: { id: string } }>('/api/users', {
    method: 'POST',
    headers: await adminHeaders(),
    body: {
      email: `partner-${apiKey.slice(0, 8)}@test.wissenshub.local`,
      password: randomUUID(),
      roles: ['partner'],
      enableAPIKey: true,
      apiKey,
      ...settings,
    },
  })
  return { status: created.status, headers: { Authorization: `users API-Key ${apiKey}` } }
}
