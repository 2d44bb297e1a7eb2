import type { Browser, Page } from 'playwright-core'

import { createAsAdmin } from '../helpers/actors'
import { eventually, stack } from '../helpers/api'
import { launchChromium } from '../helpers/browser'

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

/** Every policy violation and script error of a page, as the browser reports them. */
async function watch(page: Page) {
  const problems: string[] = []
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)
    })
  })
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content.Security.Policy|CSP violation/i.test(message.text()))
      problems.push(message.text())
  })
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  return problems
}

describe('the Content-Security-Policy lets the hub work', () => {
  it('admin: login, dashboard, a talk in the editor, and the site framed by the admin', async () => {
    const { appUrl, admin } = stack()
    const context = await browser.newContext({ locale: 'de-DE', baseURL: appUrl })
    const page = await context.newPage()
    const problems = await watch(page)

    await page.goto('/admin/login')
    await page.getByLabel('E-Mail').fill(admin.email)
    await page.getByLabel('Passwort').fill(admin.password)
    await page.getByRole('button', { name: 'Anmelden' }).click()
    await page.waitForURL((url) => url.pathname === '/admin')

    await page.goto('/admin/collections/talks/create')
    await page.getByLabel('Titel').fill('CSP-Probe')
    // The rich-text editor is a client component: it renders only if scripts ran.
    await page.locator('[data-lexical-editor="true"]').first().waitFor()

    // What the live preview does: the site in an iframe of the admin (same origin).
    const framedTitle = await page.evaluate(
      () =>
        new Promise<string>((resolve, reject) => {
          const frame = document.createElement('iframe')
          frame.src = '/'
          frame.onload = () => resolve(frame.contentDocument?.title ?? '')
          frame.onerror = () => reject(new Error('frame failed'))
          document.body.append(frame)
        }),
    )
    expect(framedTitle).toMatch(/Wissenshub/)
    expect(problems).toEqual([])
    await context.close()
  })

  it('site: the start page and the search page hydrate without violations', async () => {
    const context = await browser.newContext({ locale: 'de-DE', baseURL: stack().appUrl })
    const page = await context.newPage()
    const problems = await watch(page)
    await page.goto('/')
    await page.goto('/suche')
    await page.locator('#q').pressSequentially('Arbeit', { delay: 40 })
    // Results follow typing only when the page's scripts run.
    await page.waitForURL((url) => url.searchParams.get('q') === 'Arbeit')
    expect(problems).toEqual([])

    // The control: an injected inline handler is blocked and reported, so silence above means
    // the policy was kept, not that nothing watched.
    await page.evaluate(() => {
      const button = document.createElement('button')
      button.id = 'csp-probe'
      button.setAttribute('onclick', 'document.title = "injected"')
      document.body.append(button)
    })
    await page.locator('#csp-probe').click()
    await eventually('the violation is reported', async () => problems.length > 0, 5_000)
    expect(await page.title()).not.toBe('injected')
    await context.close()
  })

  it('site: a talk page served from the full-route cache runs its scripts', async () => {
    const { appUrl } = stack()
    const talk = await createAsAdmin('talks', {
      title: 'Zwischengespeichert',
      _status: 'published',
    })
    const path = `/vortraege/${talk.slug}?quelle=newsletter`
    const context = await browser.newContext({ locale: 'de-DE', baseURL: appUrl })
    const page = await context.newPage()
    const problems = await watch(page)
    await page.goto(path)
    const cached = await page.goto(path)
    expect(cached?.headers()['x-nextjs-cache']).toBe('HIT')
    // The cached page names the English page without the query; only its scripts, once they
    // run, add the reader's query to the language switch.
    await page
      .locator('a[hreflang="en"][href$="?quelle=newsletter"]')
      .waitFor({ state: 'attached', timeout: 10_000 })
    expect(problems).toEqual([])
    await context.close()
  })
})
