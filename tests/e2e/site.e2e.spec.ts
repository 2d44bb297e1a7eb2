import type { Browser, BrowserContext, Page } from 'playwright-core'

import { createActor } from '../helpers/actors'
import { stack } from '../helpers/api'
import { launchChromium } from '../helpers/browser'
import {
  createSiteFixtures,
  ensureConferenceSeeded,
  type SiteFixtures,
} from '../helpers/siteContent'
import { EVENT_SLUG, PROGRAMME } from '../../src/seed/conference/event'
import { PANEL } from '../../src/seed/conference/panels'
import { TALK, TALKS } from '../../src/seed/conference/talks'
import { pagePath, publicationPath, sectionPath } from '../../src/site/paths'

let browser: Browser
let visitor: BrowserContext
let page: Page
let fixtures: SiteFixtures

beforeAll(async () => {
  await ensureConferenceSeeded()
  fixtures = await createSiteFixtures()
  browser = await launchChromium()
  visitor = await browser.newContext({ locale: 'de-DE', baseURL: stack().appUrl })
  page = await visitor.newPage()
}, 240_000)
afterAll(async () => {
  await browser?.close()
})

const resultsHeading = (p: Page) => p.locator('#treffer').textContent()
const hitCount = async (p: Page) => Number((await resultsHeading(p))?.match(/^\d+/)?.[0] ?? NaN)
const typeLabelsOfHits = (p: Page) =>
  p.getByTestId('search-results').locator('.type-label').allTextContents()
const markedWords = (p: Page) => p.getByTestId('search-results').locator('mark').allTextContents()

/** Waits until the results heading names `query` (the page re-renders after the URL changes). */
const resultsFor = (p: Page, query: string) =>
  p.waitForFunction((q) => document.querySelector('#treffer')?.textContent?.includes(q), query)

// "Arbeitskultr" is "Arbeitskultur" with a typo: the podium panel's title and several other
// texts of the seed conference contain the word.
const TYPO = 'Arbeitskultr'

describe('search on /suche', () => {
  it('shows results while typing a misspelt word, with a pause mid-word, filters by a facet, and Back restores', async () => {
    await page.goto('/suche')
    // One search field: the header's box gives way to the page's own.
    expect(await page.getByRole('searchbox').count()).toBe(1)
    // No Enter: the results follow the typing. A pause mid-word shows the results so far, and
    // typing goes on in the field (each search is a page of its own: the field is handed over).
    await page.locator('#q').pressSequentially(TYPO.slice(0, 6), { delay: 40 })
    await page.waitForURL((url) => url.searchParams.get('q') === TYPO.slice(0, 6))
    await resultsFor(page, TYPO.slice(0, 6))
    await page.keyboard.type(TYPO.slice(6), { delay: 40 })
    await page.waitForURL((url) => url.searchParams.get('q') === TYPO)
    await resultsFor(page, TYPO)
    const allHits = await hitCount(page)
    expect(allHits).toBeGreaterThan(1)
    expect((await markedWords(page)).some((word) => /^arbeit/i.test(word))).toBe(true)
    const typesBefore = new Set(await typeLabelsOfHits(page))
    expect(typesBefore.has('Diskussion')).toBe(true)
    expect(typesBefore.size).toBeGreaterThan(1)

    const panels = page
      .getByRole('group', { name: 'Art' })
      .getByRole('checkbox', { name: /Diskussion/ })
    const facetLabel = await page
      .getByRole('group', { name: 'Art' })
      .locator('label.facet-option', { hasText: 'Diskussion' })
      .textContent()
    const panelCount = Number(facetLabel?.match(/\((\d+)\)/)?.[1])
    expect(panelCount).toBeGreaterThan(0)
    expect(panelCount).toBeLessThan(allHits)

    await panels.check()
    await page.waitForURL((url) => url.searchParams.get('type') === 'panel')
    await page.waitForFunction(
      (n) => document.querySelector('#treffer')?.textContent?.startsWith(`${n} `),
      panelCount,
    )
    expect(new URL(page.url()).searchParams.get('q')).toBe(TYPO)
    expect(new Set(await typeLabelsOfHits(page))).toEqual(new Set(['Diskussion']))
    expect(await page.getByRole('link', { name: 'Filter „panel“ entfernen' }).count()).toBe(1)

    await page.goBack()
    await page.waitForURL((url) => !url.searchParams.has('type'))
    await page.waitForFunction(
      (n) => document.querySelector('#treffer')?.textContent?.startsWith(`${n} `),
      allHits,
    )
    expect(new URL(page.url()).searchParams.get('q')).toBe(TYPO)
    expect(await page.locator('#q').inputValue()).toBe(TYPO)
    expect(
      await page
        .getByRole('group', { name: 'Art' })
        .getByRole('checkbox', { name: /Diskussion/ })
        .isChecked(),
    ).toBe(false)
  })

  it('works without JavaScript: the form submits the query and the ticked facet', async () => {
    const noScript = await browser.newContext({
      locale: 'de-DE',
      baseURL: stack().appUrl,
      javaScriptEnabled: false,
    })
    const plain = await noScript.newPage()
    await plain.goto('/suche')
    await plain.locator('#q').fill(TYPO)
    await plain.locator('#inhalt').getByRole('button', { name: 'Suchen' }).click()
    await plain.waitForURL((url) => url.searchParams.get('q') === TYPO)
    expect(await hitCount(plain)).toBeGreaterThan(1)
    expect(await markedWords(plain)).not.toHaveLength(0)

    // Without JavaScript the filter panel starts collapsed; its summary opens it natively.
    await plain.locator('details.facets > summary').click()
    await plain
      .getByRole('group', { name: 'Art' })
      .getByRole('checkbox', { name: /Diskussion/ })
      .check()
    await plain.getByRole('button', { name: 'Anwenden' }).click()
    await plain.waitForURL((url) => url.searchParams.get('type') === 'panel')
    expect(new URL(plain.url()).searchParams.get('q')).toBe(TYPO)
    expect(new Set(await typeLabelsOfHits(plain))).toEqual(new Set(['Diskussion']))
    await noScript.close()
  })
})

describe('a panel page', () => {
  it('makes a finding the :target, in view, when its anchor link is followed', async () => {
    await page.goto(publicationPath('panels', PANEL.podium))
    const anchors = await page
      .locator('ol.findings > li')
      .evaluateAll((items) => items.map((item) => item.id))
    expect(anchors.length).toBeGreaterThanOrEqual(3)
    const anchor = anchors[anchors.length - 1]

    await page.locator(`a[href="#${anchor}"]`).click()
    await page.waitForURL((url) => url.hash === `#${anchor}`)
    const isTargetInView = () =>
      page.evaluate(() => {
        const target = document.querySelector(':target')
        if (!target) return null
        const box = target.getBoundingClientRect()
        return { id: target.id, inView: box.top >= 0 && box.top < window.innerHeight }
      })
    expect(await isTargetInView()).toEqual({ id: anchor, inView: true })

    // The same address opened fresh, as a shared link would be.
    const shared = await visitor.newPage()
    await shared.goto(`${publicationPath('panels', PANEL.podium)}#${anchor}`)
    expect(await shared.evaluate(() => document.querySelector(':target')?.id ?? null)).toBe(anchor)
    await shared.close()
  })
})

describe('the language switch', () => {
  it('opens the English version of a talk, and the German one again', async () => {
    const [opening] = TALKS
    await page.goto(publicationPath('talks', TALK.opening))
    await page.getByRole('link', { name: 'Diese Seite auf Englisch' }).click()
    await page.waitForURL((url) => url.pathname === publicationPath('talks', TALK.opening, 'en'))
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(opening.title.en)
    expect(await page.locator('.detail-header .type-label').textContent()).toBe('Talk')
    expect(await page.getByRole('navigation', { name: 'Main navigation' }).textContent()).toContain(
      'Search',
    )

    await page.getByRole('link', { name: 'This page in German' }).click()
    await page.waitForURL((url) => url.pathname === publicationPath('talks', TALK.opening))
    expect(await page.locator('html').getAttribute('lang')).toBe('de')
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(opening.title.de)
  })

  it('shows the German text under English navigation where there is no translation', async () => {
    const { publicTalk } = fixtures
    await page.goto(publicationPath('talks', publicTalk.slug))
    await page.getByRole('link', { name: 'Diese Seite auf Englisch' }).click()
    await page.waitForURL((url) => url.pathname === publicationPath('talks', publicTalk.slug, 'en'))
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    expect(await page.locator('.detail-header .type-label').textContent()).toBe('Talk')
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(publicTalk.title)
  })
  it('keeps the search and its filters when switching the search page', async () => {
    await page.goto(`/suche?q=${TYPO}&type=panel`)
    await page.getByRole('link', { name: 'Diese Seite auf Englisch' }).click()
    await page.waitForURL((url) => url.pathname === '/en/search')
    const params = new URL(page.url()).searchParams
    expect([params.get('q'), params.get('type')]).toEqual([TYPO, 'panel'])
    await resultsFor(page, TYPO)
    expect(new Set(await typeLabelsOfHits(page))).toEqual(new Set(['Panel']))
  })
})

describe('the seed event', () => {
  it('lists its programme in running order and links to each contribution and back', async () => {
    const eventPath = pagePath('events', EVENT_SLUG)
    await page.goto(eventPath)
    expect(await page.locator('ol.programme > li h3').allTextContents()).toEqual(
      PROGRAMME.map((entry) => entry.title.de),
    )
    const links = page.locator('ol.programme .programme-items a')
    const expectedPaths = PROGRAMME.flatMap((entry) =>
      entry.items.map((item) => publicationPath(item.relationTo, item.slug)),
    )
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
      expectedPaths,
    )

    for (const [index, path] of expectedPaths.entries()) {
      const link = links.nth(index)
      const title = await link.textContent()
      await link.click()
      await page.waitForURL((url) => url.pathname === path)
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(title)
      await page.goBack()
      await page.waitForURL((url) => url.pathname === eventPath)
    }
  })
})

describe('drafts and embargoed items', () => {
  const hiddenTitles = () => [
    fixtures.draftTalk.title,
    fixtures.embargoedTalk.title,
    fixtures.embargoedRelease.title,
  ]
  const mainText = async (path: string) => {
    const response = await page.goto(path)
    expect(response?.status()).toBe(200)
    return (await page.locator('main').textContent()) ?? ''
  }

  it('are absent from lists, topic, person and search pages, and their URLs are 404', async () => {
    const { word, publicTalk, topic, person } = fixtures
    for (const path of [
      '/',
      pagePath('topics', topic.slug),
      pagePath('people', person.slug),
      sectionPath('talks'),
      `${sectionPath('talks', 'en')}?topic=${topic.slug}`,
      `/suche?q=${word}`,
      `/en/search?q=${word}`,
    ]) {
      const text = await mainText(path)
      // The public talk with the same topic, person and word shows: the page lists such items.
      expect({ path, shows: text.includes(publicTalk.title) }).toEqual({ path, shows: true })
      for (const title of hiddenTitles())
        expect({ path, leaks: text.includes(title) }).toEqual({ path, leaks: false })
    }
    for (const path of [
      publicationPath('talks', fixtures.draftTalk.slug),
      publicationPath('talks', fixtures.embargoedTalk.slug),
      publicationPath('pressReleases', fixtures.embargoedRelease.slug),
      publicationPath('talks', fixtures.draftTalk.slug, 'en'),
    ]) {
      const response = await page.goto(path)
      expect({ path, status: response?.status() }).toEqual({ path, status: 404 })
      for (const title of hiddenTitles()) expect(await page.content()).not.toContain(title)
    }
  })

  it('shows a draft in live preview to a signed-in editor only', async () => {
    const draftPath = publicationPath('talks', fixtures.draftTalk.slug)
    const previewUrl = `/preview?path=${encodeURIComponent(draftPath)}`

    const anonymousAnswer = await visitor.request.get(previewUrl, { maxRedirects: 0 })
    expect(anonymousAnswer.status()).toBe(401)

    const editorActor = await createActor('editor')
    const editor = await browser.newContext({ locale: 'de-DE', baseURL: stack().appUrl })
    await editor.addCookies([
      {
        name: 'payload-token',
        value: editorActor.headers.Authorization.replace(/^JWT /, ''),
        url: stack().appUrl,
      },
    ])
    const editorPage = await editor.newPage()
    await editorPage.goto(previewUrl)
    await editorPage.waitForURL((url) => url.pathname === draftPath)
    expect(await editorPage.getByRole('heading', { level: 1 }).textContent()).toBe(
      fixtures.draftTalk.title,
    )
    expect(await editorPage.getByRole('status').first().textContent()).toContain(
      'Vorschau eines Entwurfs',
    )

    // Meanwhile the public still gets a 404 at the same address.
    expect((await page.goto(draftPath))?.status()).toBe(404)
    expect(await page.content()).not.toContain(fixtures.draftTalk.title)
    await editor.close()
  })
})
