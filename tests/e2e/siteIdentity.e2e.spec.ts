import type { Browser } from 'playwright-core'

import { adminHeaders, createAccount, createActor, request } from '../helpers/actors'
import { signInToAdmin } from '../helpers/adminBrowser'
import { stack, uniqueWord } from '../helpers/api'
import { launchChromium } from '../helpers/browser'
import { uploadPng } from '../helpers/media'
import { DEFAULT_BRANDING } from '../../src/site/branding/defaults'

let browser: Browser
const name = uniqueWord('Zukunftszentrum')

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  // Other specs expect the hub's own name and colour.
  await request('/api/globals/siteSettings', {
    method: 'POST',
    headers: await adminHeaders(),
    body: {
      name: '',
      accentColour: DEFAULT_BRANDING.accentColour,
      logo: null,
      footerText: '',
    },
  })
})

const uploadLogo = async () =>
  uploadPng({
    headers: await adminHeaders(),
    filename: `${name}.png`,
    width: 480,
    height: 120,
    background: { r: 122, g: 31, b: 92 },
    data: { alt: 'Logo', credit: 'Eigenes Werk', licence: 'CC BY 4.0' },
  })

describe('the site identity ("Website-Auftritt")', () => {
  it('an admin sets name and accent colour in the admin form; a colour too light is refused with the reason', async () => {
    const { appUrl, admin } = stack()
    const session = await signInToAdmin(browser, {
      baseURL: appUrl,
      email: admin.email,
      password: admin.password,
    })
    const { page, step } = session
    await step('open the form', async () => {
      await page.goto('/admin/globals/siteSettings')
      await page.getByLabel(/^Name/).waitFor()
    })
    await step('a light yellow is refused', async () => {
      await page.getByLabel('Akzentfarbe').fill('#ffcc00')
      await page.getByRole('button', { name: 'Speichern' }).click()
      // The reason under the field (the field's description also says "mindestens 4,5:1").
      await page
        .getByText(/für lesbare Links mindestens 4,5:1/)
        .first()
        .waitFor()
    })
    // The save is refused by the server with a 400, which the browser reports, or, when the
    // form's own check of the field came back first, not sent at all. Nothing else may go wrong.
    expect(
      session.problems
        .splice(0)
        .filter(
          (problem) =>
            problem !==
            'console: Failed to load resource: the server responded with a status of 400 (Bad Request)',
        ),
    ).toEqual([])
    await step('a dark colour and a new name are saved', async () => {
      await page.getByLabel(/^Name/).fill(name)
      await page.getByLabel('Akzentfarbe').fill('#7a1f5c')
      await page.getByRole('button', { name: 'Speichern' }).click()
      await page
        .getByText(/erfolgreich/i)
        .first()
        .waitFor()
    })
    const site = await session.context.newPage()
    await step('the site shows them', async () => {
      await site.goto('/')
      expect(await site.locator('.site-header .brand').textContent()).toBe(name)
      expect(await site.title()).toContain(name)
      const linkColour = await site
        .locator('.main-nav a')
        .first()
        .evaluate((link) => getComputedStyle(link).color)
      expect(linkColour).toBe('rgb(122, 31, 92)')
    })
    expect(session.problems).toEqual([])
    await session.close()
  })

  it('a logo set there becomes public and replaces the name in the header; feeds carry the name', async () => {
    const logo = await uploadLogo()
    const anonymousBefore = await fetch(new URL(logo.url, stack().appUrl))
    expect(anonymousBefore.status).toBe(403)
    const saved = await request('/api/globals/siteSettings', {
      method: 'POST',
      headers: await adminHeaders(),
      body: { name, logo: logo.id },
    })
    expect(saved.status).toBe(200)
    expect((await fetch(new URL(logo.url, stack().appUrl))).status).toBe(200)
    const page = await browser.newPage({ baseURL: stack().appUrl })
    await page.goto('/en')
    const image = page.locator('.site-header .brand img')
    expect(await image.getAttribute('alt')).toBe(name)
    expect(await image.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0)
    await page.close()
    const rss = await (await fetch(new URL('/feeds/rss.xml', stack().appUrl))).text()
    expect(rss).toMatch(new RegExp(`<title>(<!\\[CDATA\\[)?${name}(\\]\\]>)?</title>`))
  })

  it('an editor on a phone sees the form read-only', async () => {
    const editor = await createAccount('editor', 'Redakteurin Identität')
    const session = await signInToAdmin(browser, {
      baseURL: stack().appUrl,
      email: editor.email,
      password: editor.password,
      viewport: { width: 390, height: 844 },
    })
    const { page, step } = session
    await step('the editor opens the form', async () => {
      await page.goto('/admin/globals/siteSettings')
      await page.getByLabel('Akzentfarbe').waitFor()
    })
    expect(await page.getByLabel('Akzentfarbe').isDisabled()).toBe(true)
    expect(await page.getByRole('button', { name: 'Speichern' }).count()).toBe(0)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    expect(session.problems).toEqual([])
    await session.close()
  })

  it('only admins may change it, and only to a colour given as #rrggbb', async () => {
    for (const role of ['editor', 'author'] as const) {
      const actor = await createActor(role)
      const refused = await request('/api/globals/siteSettings', {
        method: 'POST',
        headers: actor.headers,
        body: { name: 'Übernommen' },
      })
      expect([role, refused.status]).toEqual([role, 403])
    }
    const invalid = await request<{ errors: { message: string; data?: unknown }[] }>(
      '/api/globals/siteSettings',
      { method: 'POST', headers: await adminHeaders(), body: { accentColour: 'blau' } },
    )
    expect(invalid.status).toBe(400)
    expect(JSON.stringify(invalid.json)).toContain('#rrggbb')
  })
})
