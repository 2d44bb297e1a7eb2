import { testMeiliClient } from './meiliClient'
import { readStack } from './testStack'

export const stack = () => readStack()

type RestOptions = {
  method?: string
  token?: string
  body?: unknown
  query?: Record<string, string>
}

/** Calls the app's REST API like any HTTP client would; returns status and parsed JSON. */
export async function rest<T = Record<string, unknown>>(
  path: string,
  { method = 'GET', token, body, query }: RestOptions = {},
): Promise<{ status: number; json: T }> {
  const url = new URL(path, stack().appUrl)
  for (const [key, value] of Object.entries(query ?? {})) url.searchParams.set(key, value)
  const response = await fetch(url, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(token ? { Authorization: `JWT ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  return { status: response.status, json: (text ? JSON.parse(text) : {}) as T }
}

export async function loginAsAdmin(): Promise<string> {
  const { admin } = stack()
  const { status, json } = await rest<{ token: string }>('/api/users/login', {
    method: 'POST',
    body: admin,
  })
  if (status !== 200) throw new Error(`admin login failed with ${status}`)
  return json.token
}

export async function getPage(path: string): Promise<{ status: number; html: string }> {
  const response = await fetch(new URL(path, stack().appUrl))
  return { status: response.status, html: await response.text() }
}

/**
 * Lets a test import the hub's Meilisearch modules (src/search) and run them against the test
 * stack's Meilisearch: getEnv() checks the whole environment, of which only the Meilisearch
 * address and key are used by them.
 */
export function useTestStackMeilisearch() {
  const { meili, databaseUri } = stack()
  process.env.MEILI_HOST = meili.host
  process.env.MEILI_MASTER_KEY = meili.masterKey
  process.env.DATABASE_URI ??= databaseUri
  process.env.PAYLOAD_SECRET ??= 'a'.repeat(40)
}

/** The test's view into the real index, with the master key (the app never searches with it). */
export function meiliAdmin() {
  const { meili } = stack()
  return testMeiliClient(meili.host, meili.masterKey)
}

export async function isIndexed(recordId: string, language: 'de' | 'en' = 'de'): Promise<boolean> {
  try {
    await meiliAdmin().index(`publications-${language}`).getDocument(recordId)
    return true
  } catch {
    return false
  }
}

/**
 * Polls until `check` holds; fails with `what` after `timeoutMs`. The default allows for a
 * Meilisearch task queue behind a busy 2-core CI machine (tasks took up to 45 s there); how fast
 * a publish is searchable is measured by `npm run bench:search`, not here.
 */
export async function eventually(what: string, check: () => Promise<boolean>, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check()) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting until ${what}`)
}

/** Waits `ms` and asserts `check` stayed false the whole time (for "never appears" claims). */
export async function staysFalse(what: string, check: () => Promise<boolean>, ms = 3_000) {
  const deadline = Date.now() + ms
  while (Date.now() < deadline) {
    if (await check()) throw new Error(`Expected ${what} not to happen, but it did`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

let counter = 0
/** A word that occurs nowhere else, so a search for it finds exactly the test's document. */
export function uniqueWord(prefix = 'Testbegriff') {
  counter += 1
  return `${prefix}${Date.now().toString(36)}${counter}`
}
