import type { Browser, BrowserContext, Page } from 'playwright-core'

import { stack } from '../helpers/api'
import { launchChromium } from '../helpers/browser'
import { ensureConferenceSeeded } from '../helpers/siteContent'
import { createWideImageTalk } from '../helpers/wideImageTalk'
import { EVENT_SLUG, PROGRAMME } from '../../src/seed/conference/event'
import { ORG } from '../../src/seed/conference/organisations'
import { PANEL } from '../../src/seed/conference/panels'
import { PERSON } from '../../src/seed/conference/people'
import { TALK, TALKS } from '../../src/seed/conference/talks'
import { TOPIC } from '../../src/seed/conference/topics'
import {
  homePath,
  legalPath,
  pagePath,
  searchPath,
  sectionPath,
  type PageCollection,
} from '../../src/site/paths'

let browser: Browser
let context: BrowserContext
let page: Page
let wideImageTalk: Awaited<ReturnType<typeof createWideImageTalk>>

const PHONE = { width: 390, height: 844 }
const DESKTOP = { width: 1280, height: 800 }

beforeAll(async () => {
  await ensureConferenceSeeded()
  wideImageTalk = await createWideImageTalk()
  browser = await launchChromium()
  context = await browser.newContext({ locale: 'de-DE', baseURL: stack().appUrl })
  page = await context.newPage()
}, 240_000)
afterAll(async () => {
  await browser?.close()
})

const SECTIONS: PageCollection[] = [
  'researchNotes',
  'talks',
  'impulses',
  'panels',
  'events',
  'pressReleases',
  'people',
  'topics',
  'organisations',
]

/** One page of every type, German and English, and a body with a 4,000 px image. */
const pages = () => [
  homePath('de'),
  homePath('en'),
  `${searchPath('de')}?q=Arbeitskultur`,
  ...SECTIONS.map((collection) => sectionPath(collection, 'de')),
  ...SECTIONS.map((collection) => sectionPath(collection, 'en')),
  `${sectionPath('talks')}?topic=${TOPIC.sme}&sort=title`,
  pagePath('talks', TALK.opening),
  pagePath('talks', wideImageTalk.slug),
  pagePath('talks', wideImageTalk.slug, 'en'),
  pagePath('events', EVENT_SLUG),
  pagePath('panels', PANEL.regionalCentres),
  pagePath('people', PERSON.huchler),
  pagePath('organisations', ORG.programme),
  pagePath('topics', TOPIC.digitalWork),
  legalPath('imprint'),
  legalPath('accessibility', 'en'),
]

describe('no horizontal overflow', () => {
  it.each([
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ])(
    'on a %s, every page type fits the window',
    async (_name, viewport) => {
      await page.setViewportSize(viewport)
      for (const path of pages()) {
        const response = await page.goto(path)
        expect({ path, status: response?.status() }).toEqual({ path, status: 200 })
        const widths = await page.evaluate(() => ({
          document: document.documentElement.scrollWidth,
          window: document.documentElement.clientWidth,
        }))
        expect({ path, overflow: widths.document > widths.window }).toEqual({
          path,
          overflow: false,
        })
      }
    },
    240_000,
  )

  it('shows the 4,000 px body image inside the column as a figure with caption, credit and licence', async () => {
    await page.setViewportSize(PHONE)
    await page.goto(pagePath('talks', wideImageTalk.slug))
    const figure = page.locator('main figure.figure')
    await figure.locator('img').evaluate((img: HTMLImageElement) => img.decode())
    const [imageBox, mainBox] = await Promise.all([
      figure.locator('img').boundingBox(),
      page.locator('main').boundingBox(),
    ])
    expect(imageBox!.width).toBeGreaterThan(200)
    expect(imageBox!.x + imageBox!.width).toBeLessThanOrEqual(mainBox!.x + mainBox!.width)
    // The optimiser serves a resized file, not the 4,000 px original.
    const natural = await figure
      .locator('img')
      .evaluate((img: HTMLImageElement) => img.naturalWidth)
    expect(natural).toBeLessThan(4000)
    const caption = await figure.locator('figcaption').textContent()
    expect(caption).toContain(`Bildunterschrift ${wideImageTalk.word}`)
    expect(caption).toContain('© Testfotografin')
    const licence = figure.getByRole('link', { name: 'CC BY 4.0' })
    expect(await licence.getAttribute('href')).toBe(
      'https://creativecommons.org/licenses/by/4.0/deed.de',
    )
  })
})

describe('search on a phone', () => {
  it('shows the first result without scrolling, filters collapsed with their count', async () => {
    await page.setViewportSize(PHONE)
    await page.goto(`${searchPath('de')}?q=Arbeitskultur&type=panel`)
    const first = page.getByTestId('search-results').locator('li .card-title').first()
    const box = await first.boundingBox()
    expect(box).not.toBeNull()
    expect(box!.y + box!.height).toBeLessThanOrEqual(PHONE.height)
    expect(await page.evaluate(() => window.scrollY)).toBe(0)
    const filters = page.locator('details.facets')
    expect(await filters.getAttribute('open')).toBeNull()
    expect(await filters.locator('summary').textContent()).toContain('1 aktiv')
  })

  it('has a skip link to the results', async () => {
    await page.setViewportSize(DESKTOP)
    await page.goto(`${searchPath('de')}?q=Arbeitskultur`)
    const skip = page.getByRole('link', { name: 'Zu den Treffern springen' })
    expect(await skip.getAttribute('href')).toBe('#treffer')
  })
})

describe('keyboard on the search filters', () => {
  it('ticking a facet with Space keeps the focus on that checkbox', async () => {
    await page.setViewportSize(DESKTOP)
    await page.goto(`${searchPath('de')}?q=Arbeitskultur`)
    const checkbox = page
      .getByRole('group', { name: 'Art' })
      .getByRole('checkbox', { name: /Diskussion/ })
    await checkbox.waitFor({ state: 'visible' })
    await checkbox.focus()
    await page.keyboard.press('Space')
    await page.waitForURL((url) => url.searchParams.get('type') === 'panel')
    await page.waitForFunction(() => {
      const active = document.activeElement
      return active instanceof HTMLInputElement && active.name === 'type' && active.checked
    })
    expect(
      await page.evaluate(() => {
        const active = document.activeElement as HTMLInputElement
        return { name: active.name, value: active.value, checked: active.checked }
      }),
    ).toEqual({ name: 'type', value: 'panel', checked: true })
    // Space again unticks it, and the focus stays.
    await page.keyboard.press('Space')
    await page.waitForURL((url) => !url.searchParams.has('type'))
    await page.waitForFunction(() => {
      const active = document.activeElement
      return active instanceof HTMLInputElement && active.value === 'panel' && !active.checked
    })
  })
})

describe('section pages', () => {
  it('are linked from the header in both languages', async () => {
    await page.setViewportSize(DESKTOP)
    for (const locale of ['de', 'en'] as const) {
      await page.goto(homePath(locale))
      const nav = page.getByRole('navigation', {
        name: locale === 'de' ? 'Hauptnavigation' : 'Main navigation',
      })
      const hrefs = await nav
        .locator('a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')))
      for (const collection of SECTIONS) expect(hrefs).toContain(sectionPath(collection, locale))
    }
  })

  it('filter by topic and year with a plain GET form, and say when nothing matches', async () => {
    await page.setViewportSize(PHONE)
    await page.goto(sectionPath('talks'))
    const titles = () => page.locator('.section-results .card-title').allTextContents()
    const [opening, expertInput] = TALKS
    expect((await titles()).length).toBeGreaterThan(0)

    // Other suites publish talks of their own, newest first: the conference narrows to the seed.
    await page.locator('select[name="event"]').selectOption(EVENT_SLUG)
    await page.getByRole('button', { name: 'Anwenden' }).click()
    await page.waitForURL((url) => url.searchParams.get('event') === EVENT_SLUG)
    expect(await titles()).toEqual(expect.arrayContaining([opening.title.de, expertInput.title.de]))

    await page.locator('select[name="topic"]').selectOption(TOPIC.sme)
    await page.getByRole('button', { name: 'Anwenden' }).click()
    await page.waitForURL((url) => url.searchParams.get('topic') === TOPIC.sme)
    expect(await titles()).toContain(opening.title.de)
    expect(await titles()).not.toContain(expertInput.title.de)

    await page.locator('select[name="year"]').selectOption('2021')
    await page.getByRole('button', { name: 'Anwenden' }).click()
    await page.waitForURL((url) => url.searchParams.get('year') === '2021')
    expect(await titles()).toContain(opening.title.de)

    await page.goto(`${sectionPath('talks')}?topic=${TOPIC.soloSelfEmployed}`)
    expect(await titles()).toEqual([])
    expect(await page.locator('.section-results .notice').count()).toBe(1)
    await page.getByRole('link', { name: /1 Filter zurücksetzen/ }).click()
    await page.waitForURL((url) => url.pathname === sectionPath('talks') && url.search === '')
  })

  it('list the five regional centres under organisations, filtered by kind', async () => {
    await page.goto(`${sectionPath('organisations')}?kind=regionalCentre`)
    const names = await page.locator('.section-results .card-title').allTextContents()
    // Other specs add organisations of every kind; the seed's five centres are all there.
    const centres = names.filter((name) => name.startsWith('Regionales Zukunftszentrum'))
    expect(centres).toHaveLength(5)
  })
})

describe('the seed conference, walked from the start page', () => {
  it('reaches every programme item and comes back', async () => {
    await page.setViewportSize(DESKTOP)
    await page.goto(homePath('de'))
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Veranstaltungen' })
      .click()
    await page.waitForURL((url) => url.pathname === sectionPath('events'))
    await page
      .locator('.section-results')
      .getByRole('link', { name: /Jahrestagung/ })
      .first()
      .click()
    const eventPath = pagePath('events', EVENT_SLUG)
    await page.waitForURL((url) => url.pathname === eventPath)

    const main = await page.locator('main').textContent()
    expect(main).not.toContain('Platzhalter')
    expect(main).not.toContain('gespeicherte Uhrzeit')

    const entries = page.locator('ol.programme > li')
    expect(await entries.count()).toBe(PROGRAMME.length)
    for (const [index, entry] of PROGRAMME.entries()) {
      const item = entries.nth(index)
      expect(await item.locator('h3').textContent()).toBe(entry.title.de)
      // Every item is an address of its own: its anchor, and the pages of its contributions.
      expect(await item.locator('a.anchor-link').getAttribute('href')).toBe(
        `#programm-${index + 1}`,
      )
      expect(await item.getAttribute('id')).toBe(`programm-${index + 1}`)
      for (const [n, contribution] of entry.items.entries()) {
        const link = item.locator('.programme-items a').nth(n)
        const title = await link.textContent()
        await link.click()
        await page.waitForURL(
          (url) => url.pathname === pagePath(contribution.relationTo, contribution.slug),
        )
        expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(title)
        await page.goBack()
        await page.waitForURL((url) => url.pathname === eventPath)
      }
    }

    // The poetry slam is a programme item of its own kind, with who performed.
    const slam = entries.nth(PROGRAMME.findIndex((entry) => entry.kind === 'performance'))
    expect(await slam.locator('.type-label').textContent()).toBe('Kulturbeitrag')
    expect(await slam.textContent()).toContain('Mitwirkende')

    // "Beiträge" does not repeat what the programme links.
    const programmeHrefs = await page
      .locator('ol.programme .programme-items a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')))
    const contributionHrefs = await page
      .locator('section[aria-labelledby="beitraege"] a.card-title')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')))
    expect(contributionHrefs.filter((href) => programmeHrefs.includes(href))).toEqual([])

    await page.getByRole('link', { name: 'Wissenshub' }).first().click()
    await page.waitForURL((url) => url.pathname === homePath('de'))
  })

  it('links the five regional centres from their panel, with its findings, and back from the programme', async () => {
    await page.goto(pagePath('panels', PANEL.regionalCentres))
    const centres = page.locator('.facts a[href^="/organisationen/regionales-zukunftszentrum-"]')
    expect(await centres.count()).toBe(5)
    expect(await page.locator('ol.findings > li').count()).toBeGreaterThanOrEqual(3)

    await page.goto(pagePath('organisations', ORG.programme))
    const members = page.locator(
      'section[aria-labelledby="dazu-gehoeren"] a[href^="/organisationen/regionales-zukunftszentrum-"]',
    )
    expect(await members.count()).toBe(5)
    await page.goto(pagePath('organisations', ORG.centreSN))
    expect(
      await page.locator(`main a[href="${pagePath('panels', PANEL.regionalCentres)}"]`).count(),
    ).toBeGreaterThan(0)
  })

  it('shows a talk’s quote once and a copyable citation next to the exports', async () => {
    await page.goto(pagePath('talks', TALK.opening))
    const quote = 'Kleine und mittelständische Unternehmen benötigen eine besondere Form'
    const text = (await page.locator('main').textContent()) ?? ''
    expect(text.split(quote).length - 1).toBe(1)
    const citation = await page.locator('.citation-text').textContent()
    expect(citation).toMatch(/^Böhning, B\. \(2021, 22\. Juni\)\. .+\[Vortrag\]\./)
    expect(await page.getByRole('button', { name: 'Zitiervorschlag kopieren' }).count()).toBe(1)
  })
})

describe('legal pages', () => {
  it('are linked in the footer in both languages', async () => {
    for (const [locale, name, title] of [
      ['de', 'Impressum', 'Impressum'],
      ['de', 'Barrierefreiheit', 'Erklärung zur Barrierefreiheit'],
      ['en', 'Privacy', 'Privacy policy'],
    ] as const) {
      await page.goto(homePath(locale))
      await page.locator('footer').getByRole('link', { name }).click()
      await page.waitForURL((url) => url.pathname !== homePath(locale))
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(title)
      expect(await page.locator('main').textContent()).toMatch(/Demo/)
    }
  })
})
