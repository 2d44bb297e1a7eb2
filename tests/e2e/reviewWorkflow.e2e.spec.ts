import fs from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'

import { createAccount, type Account } from '../helpers/actors'
import { eventually, stack, uniqueWord } from '../helpers/api'
import { launchChromium } from '../helpers/browser'

/** Screenshots of each step, kept after the run (test-results/ is git-ignored). */
const SCREENSHOTS = path.join(process.cwd(), 'test-results', 'review-workflow')

let browser: Browser
beforeAll(async () => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true })
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

async function logIn(account: Account): Promise<Page> {
  const context = await browser.newContext({
    locale: 'de-DE',
    baseURL: stack().appUrl,
    viewport: { width: 1400, height: 900 },
  })
  const page = await context.newPage()
  await page.goto('/admin/login')
  await page.getByLabel('E-Mail').fill(account.email)
  await page.getByLabel('Passwort').fill(account.password)
  await page.getByRole('button', { name: 'Anmelden' }).click()
  await page.waitForURL((url) => url.pathname === '/admin')
  return page
}

const shoot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true })

describe('review in the admin', () => {
  it('an author submits a research note; an editor finds it in the inbox and opens it', async () => {
    const author = await createAccount('author', 'Rita Researcher')
    const editor = await createAccount('editor', 'Erika Editor')
    const title = `Forschungsnotiz ${uniqueWord('Einreichung')}`

    const authorPage = await logIn(author)
    const started = Date.now()
    await authorPage.goto('/admin/collections/researchNotes/create')
    await authorPage.getByLabel('Titel').fill(title)
    const submit = authorPage.getByRole('button', { name: 'Zur Prüfung einreichen' })
    await submit.waitFor()
    await shoot(authorPage, '1-author-draft')
    await submit.click()
    // Saved: Payload moves from the create view to the document's address. Whether the new
    // view mounts before or after the button hears back, its status line says where it stands.
    await authorPage.waitForURL(/\/admin\/collections\/researchNotes\/[0-9a-f]{24}$/)
    await authorPage
      .getByTestId('review-status')
      .getByText(/Zur Prüfung eingereicht|In Prüfung – wartet auf die Redaktion/)
      .waitFor()
    console.log(`author: from the create view to submitted in ${Date.now() - started} ms`)
    await shoot(authorPage, '2-author-submitted')
    const id = new URL(authorPage.url()).pathname.split('/').pop()
    // After a reload the document says where it stands, and offers no second submission.
    await authorPage.reload()
    await authorPage
      .getByTestId('review-status')
      .getByText('In Prüfung – wartet auf die Redaktion')
      .waitFor()
    expect(await submit.count()).toBe(0)
    await shoot(authorPage, '2b-author-after-reload')
    await authorPage.context().close()

    // The editors' mail went out (logged by Payload's console adapter: no SMTP_URL in tests).
    await eventually('the review mail was sent', async () =>
      fs
        .readFileSync(stack().serverLog, 'utf8')
        .includes(`Subject: 'Zur Prüfung eingereicht: ${title}'`),
    )

    const editorPage = await logIn(editor)
    const row = editorPage.getByTestId('review-inbox').getByRole('row', { name: new RegExp(title) })
    await row.waitFor()
    expect(await row.textContent()).toContain('Rita Researcher')
    await shoot(editorPage, '3-editor-dashboard')
    await editorPage.goto('/admin/pruefung')
    await editorPage.getByRole('heading', { level: 1, name: 'Prüfungseingang' }).waitFor()
    await shoot(editorPage, '4-editor-inbox')
    await row.getByRole('link', { name: title }).click()
    await editorPage.waitForURL((url) => url.pathname === `/admin/collections/researchNotes/${id}`)
    await editorPage.getByRole('button', { name: 'Veröffentlichen' }).waitFor()
    await shoot(editorPage, '5-editor-document')
    await editorPage.context().close()
  })
})
