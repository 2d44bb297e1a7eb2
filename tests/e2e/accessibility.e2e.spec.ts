import axe from 'axe-core'
import type { Browser, Page } from 'playwright-core'

import { stack } from '../helpers/api'
import { launchChromium } from '../helpers/browser'
import {
  createSiteFixtures,
  ensureConferenceSeeded,
  type SiteFixtures,
} from '../helpers/siteContent'
import { EVENT_SLUG } from '../../src/seed/conference/event'
import { ORG } from '../../src/seed/conference/organisations'
import { PANEL } from '../../src/seed/conference/panels'
import { PERSON } from '../../src/seed/conference/people'
import { PRESS_RELEASE_SLUG } from '../../src/seed/conference/pressRelease'
import { TALK } from '../../src/seed/conference/talks'
import { TOPIC } from '../../src/seed/conference/topics'
import {
  feedsPagePath,
  homePath,
  legalPath,
  pagePath,
  searchPath,
  sectionPath,
  SITE_LOCALES,
  type SiteLocale,
} from '../../src/site/paths'

let browser: Browser
let page: Page
let fixtures: SiteFixtures
/** What the page reported as errors since the last check (a 404 page reports its own status). */
let consoleErrors: string[] = []

beforeAll(async () => {
  await ensureConferenceSeeded()
  fixtures = await createSiteFixtures()
  browser = await launchChromium()
  // axe-core goes in as an inline script, which the pages' policy rightly refuses.
  const context = await browser.newContext({ baseURL: stack().appUrl, bypassCSP: true })
  page = await context.newPage()
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text())
  })
  page.on('pageerror', (error) => consoleErrors.push(error.message))
}, 240_000)
afterAll(async () => {
  await browser?.close()
})

/** One page of each type the site has, with content from the seed conference where it has some. */
const PAGE_TYPES: Record<string, (locale: SiteLocale) => string> = {
  home: (locale) => homePath(locale),
  'search with results': (locale) => `${searchPath(locale)}?q=Arbeitskultur`,
  talk: (locale) => pagePath('talks', TALK.opening, locale),
  impulse: (locale) => pagePath('impulses', fixtures.impulse.slug, locale),
  panel: (locale) => pagePath('panels', PANEL.podium, locale),
  'research note': (locale) => pagePath('researchNotes', fixtures.researchNote.slug, locale),
  'press release': (locale) => pagePath('pressReleases', PRESS_RELEASE_SLUG, locale),
  event: (locale) => pagePath('events', EVENT_SLUG, locale),
  person: (locale) => pagePath('people', PERSON.huchler, locale),
  organisation: (locale) => pagePath('organisations', ORG.zda, locale),
  topic: (locale) => pagePath('topics', TOPIC.digitalWork, locale),
  'section: talks, filtered': (locale) =>
    `${sectionPath('talks', locale)}?topic=${TOPIC.sme}&year=2021`,
  'section: events': (locale) => sectionPath('events', locale),
  'section: research notes': (locale) => sectionPath('researchNotes', locale),
  'section: people': (locale) => sectionPath('people', locale),
  'section: organisations': (locale) => sectionPath('organisations', locale),
  'section: topics': (locale) => sectionPath('topics', locale),
  'legal: imprint': (locale) => legalPath('imprint', locale),
  'legal: accessibility statement': (locale) => legalPath('accessibility', locale),
  feeds: (locale) => feedsPagePath(locale),
  'not found': (locale) => `${homePath(locale).replace(/\/$/, '')}/gibt-es-nicht`,
}

type Finding = { rule: string; impact: string | null; help: string; nodes: string[] }

/** Runs axe-core (WCAG 2.2 A/AA and best practices) in the page; returns what it finds. */
async function axeFindings(target: Page): Promise<Finding[]> {
  await target.addScriptTag({ content: axe.source })
  return target.evaluate(async () => {
    const { axe: injected } = window as unknown as { axe: typeof axe }
    const results = await injected.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    })
    return results.violations.map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      nodes: violation.nodes.map((node) => node.target.join(' ')),
    }))
  })
}

const cases = SITE_LOCALES.flatMap((locale) =>
  Object.keys(PAGE_TYPES).map((type) => [type, locale] as const),
)

describe('axe-core on every page type', () => {
  it.each(cases)('%s (%s) has no serious or critical violation', async (type, locale) => {
    const path = PAGE_TYPES[type](locale)
    consoleErrors = []
    const response = await page.goto(path, { waitUntil: 'networkidle' })
    expect(response?.status()).toBe(type === 'not found' ? 404 : 200)
    expect(await page.locator('html').getAttribute('lang')).toBe(locale)
    const findings = await axeFindings(page)
    const serious = findings.filter((f) => f.impact === 'serious' || f.impact === 'critical')
    expect({ path, serious }).toEqual({ path, serious: [] })
    // Minor and moderate findings are fixed too when they show up; list them if any.
    expect({ path, findings }).toEqual({ path, findings: [] })
    const errors = consoleErrors.filter(
      (text) => !(type === 'not found' && text.includes('404 (Not Found)')),
    )
    expect({ path, errors }).toEqual({ path, errors: [] })
  })
})

describe('keyboard use', () => {
  const activeElement = () =>
    page.evaluate(() => {
      const active = document.activeElement as HTMLElement | null
      if (!active) return null
      const box = active.getBoundingClientRect()
      const style = getComputedStyle(active)
      return {
        tag: active.tagName.toLowerCase(),
        id: active.id,
        text: active.textContent?.trim() ?? '',
        onScreen: box.width > 0 && box.left >= 0 && box.top >= 0,
        outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      }
    })

  it('the skip link is the first Tab stop, visible, and Enter moves focus to the main content', async () => {
    await page.goto(pagePath('talks', TALK.opening))
    await page.keyboard.press('Tab')
    expect(await activeElement()).toMatchObject({
      tag: 'a',
      text: 'Zum Inhalt springen',
      onScreen: true,
      outline: true,
    })
    await page.keyboard.press('Enter')
    expect(await activeElement()).toMatchObject({ tag: 'main', id: 'inhalt' })

    // The next Tab stop is inside the main content, and it shows where the focus is.
    await page.keyboard.press('Tab')
    const next = await activeElement()
    expect(next).toMatchObject({ onScreen: true, outline: true })
    expect(
      await page.evaluate(() => document.querySelector('main')?.contains(document.activeElement)),
    ).toBe(true)
  })

  it('every link, button and field in the header and search form shows its focus', async () => {
    await page.goto(`${searchPath('de')}?q=Arbeitskultur`)
    const stops: { tag: string; outline: boolean; text: string }[] = []
    for (let i = 0; i < 8; i += 1) {
      await page.keyboard.press('Tab')
      const active = await activeElement()
      if (active) stops.push({ tag: active.tag, outline: active.outline, text: active.text })
    }
    expect(stops.filter((stop) => !stop.outline)).toEqual([])
  })
})
