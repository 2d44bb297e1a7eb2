import type { Browser } from 'playwright-core'

import { eventually, stack, uniqueWord } from '../helpers/api'
import { launchChromium } from '../helpers/browser'

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

describe('an editor in the admin', () => {
  it('logs in, publishes a talk and finds it on /suche', async () => {
    const { appUrl, admin } = stack()
    const context = await browser.newContext({ locale: 'de-DE', baseURL: appUrl })
    const page = await context.newPage()

    await page.goto('/admin/login')
    await page.getByLabel('E-Mail').fill(admin.email)
    await page.getByLabel('Passwort').fill(admin.password)
    await page.getByRole('button', { name: 'Anmelden' }).click()
    await page.waitForURL((url) => url.pathname === '/admin')

    const word = uniqueWord('Browsertest')
    await page.goto('/admin/collections/talks/create')
    await page.getByLabel('Titel').fill(`Kompetenzen im Wandel ${word}`)
    await page.getByRole('button', { name: 'Veröffentlichen' }).click()
    await page.waitForURL(/\/admin\/collections\/talks\/[0-9a-f]{24}/)

    const site = await context.newPage()
    await eventually(
      'the talk shows on the search page',
      async () => {
        await site.goto(`/suche?q=${word}`)
        return (await site.getByTestId('search-results').getByText(word).count()) > 0
      },
      15_000,
    )
    await site.getByTestId('search-results').getByRole('link').first().click()
    await site.waitForURL(/\/vortraege\//)
    expect(await site.getByRole('heading', { level: 1 }).textContent()).toBe(
      `Kompetenzen im Wandel ${word}`,
    )
    await context.close()
  })

  it('sees the search index health view', async () => {
    const { appUrl, admin } = stack()
    const context = await browser.newContext({ locale: 'de-DE', baseURL: appUrl })
    const page = await context.newPage()
    await page.goto('/admin/login')
    await page.getByLabel('E-Mail').fill(admin.email)
    await page.getByLabel('Passwort').fill(admin.password)
    await page.getByRole('button', { name: 'Anmelden' }).click()
    await page.waitForURL((url) => url.pathname === '/admin')

    // The navigation is collapsed at this viewport (its links are inert): check the link, then go.
    expect(await page.locator('a[href="/admin/suchindex"]').count()).toBe(1)
    await page.goto('/admin/suchindex')
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Suchindex')
    const talksRow = page.getByRole('row', { name: /^Vorträge/ })
    expect(await talksRow.count()).toBe(1)

    await page.getByRole('button', { name: 'Suchindex neu aufbauen' }).click()
    await page.getByRole('status').getByText('Neuaufbau eingeplant').waitFor()
    // The jobs worker rebuilds; the view then shows no job waiting and every public talk indexed.
    await eventually(
      'the rebuild has run and the view shows its result',
      async () => {
        await page.reload()
        const cells = await talksRow.locator('td').allTextContents()
        const jobs = await page.getByText(/^Aufträge:/).textContent()
        return Boolean(jobs?.includes('0 ausstehend')) && new Set(cells).size === 1
      },
      60_000,
    )
    await context.close()
  })
})
