import fs from 'node:fs'
import path from 'node:path'

import type { Browser, BrowserContext, Page } from 'playwright-core'

/** Where a failing admin step leaves its screenshot (git-ignored). */
export const ADMIN_SCREENSHOT_DIR = path.resolve('test-results', 'admin')

export type AdminSession = {
  context: BrowserContext
  page: Page
  /** Console errors, server errors and requests that left the hub, as they happened. */
  problems: string[]
  /** Runs one step of a walk; on failure it saves a screenshot named after the step. */
  step: <T>(name: string, action: () => Promise<T>) => Promise<T>
  close: () => Promise<void>
}

type SignIn = {
  baseURL: string
  email: string
  password: string
  viewport?: { width: number; height: number }
  /** The browser's own zone: far from Berlin, so the admin must not depend on it. */
  timezoneId?: string
}

/**
 * Opens the admin in a fresh browser profile and signs in through the login form, as a person
 * does. The hub makes no request elsewhere (no Gravatar, no CDN): any such request is refused and
 * recorded, as are console errors and 5xx answers.
 */
export async function signInToAdmin(
  browser: Browser,
  { baseURL, email, password, viewport, timezoneId = 'America/New_York' }: SignIn,
): Promise<AdminSession> {
  const context = await browser.newContext({
    baseURL,
    locale: 'de-DE',
    timezoneId,
    viewport: viewport ?? { width: 1440, height: 1000 },
  })
  const problems: string[] = []
  const origin = new URL(baseURL).origin
  await context.route(
    (url) => url.origin !== origin,
    (route) => {
      problems.push(`request outside the hub: ${route.request().url()}`)
      return route.abort()
    },
  )
  const page = await context.newPage()
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`)
  })
  page.on('response', (response) => {
    if (response.status() >= 500) problems.push(`${response.status()} ${response.url()}`)
  })

  const step = async <T>(name: string, action: () => Promise<T>): Promise<T> => {
    try {
      return await action()
    } catch (error) {
      fs.mkdirSync(ADMIN_SCREENSHOT_DIR, { recursive: true })
      const file = path.join(ADMIN_SCREENSHOT_DIR, `${name.replace(/\W+/g, '-')}.png`)
      await page.screenshot({ path: file, fullPage: true }).catch(() => undefined)
      throw new Error(`${name} failed (screenshot: ${file}): ${String(error)}`, { cause: error })
    }
  }

  await step('sign in', async () => {
    await page.goto('/admin/login')
    await page.getByLabel('E-Mail').fill(email)
    await page.getByLabel('Passwort').fill(password)
    await page.getByRole('button', { name: 'Anmelden' }).click()
    await page.waitForURL((url) => url.pathname === '/admin')
  })
  return { context, page, problems, step, close: () => context.close() }
}
