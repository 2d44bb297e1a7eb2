/**
 * `npm run lighthouse [-- --desktop --runs=3]`
 *
 * Prints Lighthouse's four category scores (performance, accessibility, best practices, SEO) for
 * one page of each type, in German and English; asserts nothing. Runs against a throwaway stack
 * (FerretDB, Meilisearch and the production app server on free ports, temp data, removed
 * afterwards) loaded with the seed conference plus an impulse and a research note (the seed has
 * none). Chromium is Debian's (`CHROMIUM_PATH` to choose another). By default Lighthouse's mobile
 * profile with simulated throttling; `--desktop` uses its desktop profile. With `--runs` above 1,
 * each score is the median.
 *
 * Simulated throttling multiplies the CPU time Chromium needed here by 4, which Lighthouse calibrates
 * for a high-end desktop (benchmark index 1500–2000) emulating a mid-tier phone. Each row shows this
 * machine's benchmark index during the page's runs; on a slower machine Lighthouse's own docs
 * (docs/throttling.md, "Calibrating the CPU slowdown") suggest a lower multiplier, which
 * `--cpu-slowdown=2` applies. Figures are comparable only at similar indexes.
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs, promisify } from 'node:util'

import { launch } from 'chrome-launcher'
import lighthouse, { desktopConfig } from 'lighthouse'

import { EVENT_SLUG } from '../src/seed/conference/event'
import { ORG } from '../src/seed/conference/organisations'
import { PANEL } from '../src/seed/conference/panels'
import { PERSON } from '../src/seed/conference/people'
import { PRESS_RELEASE_SLUG } from '../src/seed/conference/pressRelease'
import { TALK } from '../src/seed/conference/talks'
import { TOPIC } from '../src/seed/conference/topics'
import { projectPaths } from '../src/services/paths'
import { runMain } from '../src/services/runMain'
import {
  randomSecret,
  startThrowawayStack,
  stopProcesses,
  type ThrowawayStack,
} from '../src/services/throwawayStack'
import {
  feedsPagePath,
  homePath,
  legalPath,
  pagePath,
  searchPath,
  sectionPath,
  SITE_LOCALES,
  type SiteLocale,
} from '../src/site/paths'

const log = (line: string) => console.log(`[lighthouse] ${line}`)
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
const IMPULSE_SLUG = 'lighthouse-impuls'
const RESEARCH_NOTE_SLUG = 'lighthouse-forschungsnotiz'

const PAGES: Record<string, (locale: SiteLocale) => string> = {
  home: (locale) => homePath(locale),
  search: (locale) => `${searchPath(locale)}?q=Arbeitskultur`,
  talk: (locale) => pagePath('talks', TALK.opening, locale),
  impulse: (locale) => pagePath('impulses', IMPULSE_SLUG, locale),
  panel: (locale) => pagePath('panels', PANEL.podium, locale),
  'research note': (locale) => pagePath('researchNotes', RESEARCH_NOTE_SLUG, locale),
  'press release': (locale) => pagePath('pressReleases', PRESS_RELEASE_SLUG, locale),
  event: (locale) => pagePath('events', EVENT_SLUG, locale),
  person: (locale) => pagePath('people', PERSON.huchler, locale),
  organisation: (locale) => pagePath('organisations', ORG.zda, locale),
  topic: (locale) => pagePath('topics', TOPIC.digitalWork, locale),
  'section list': (locale) => sectionPath('talks', locale),
  'section, filtered': (locale) => `${sectionPath('talks', locale)}?topic=${TOPIC.sme}`,
  people: (locale) => sectionPath('people', locale),
  imprint: (locale) => legalPath('imprint', locale),
  feeds: (locale) => feedsPagePath(locale),
}

/**
 * The seed in its own process (`npm run seed` against the stack's database), so that no Payload
 * instance with timers stays in this one; then, through REST, the two page types the seed lacks.
 */
async function loadContent(stack: ThrowawayStack, root: string) {
  const admin = { email: 'lighthouse@wissenshub.local', password: randomSecret() }
  const registered = await fetch(`${stack.appUrl}/api/users/first-register`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(admin),
  })
  if (!registered.ok) throw new Error(`first-register failed: ${registered.status}`)
  const { token } = (await registered.json()) as { token: string }
  await promisify(execFile)(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', 'scripts/seed.ts'],
    {
      cwd: root,
      env: { ...process.env, NODE_OPTIONS: '', ...stack.appEnv },
    },
  )

  const api = async (path: string, body?: unknown) => {
    const response = await fetch(`${stack.appUrl}${path}`, {
      method: body ? 'POST' : 'GET',
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    })
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`)
    return (await response.json()) as { docs?: { id: string }[] }
  }
  const people = await api(`/api/people?where[slug][equals]=${PERSON.huchler}&depth=0`)
  const authors = [people.docs?.[0]?.id]
  await api('/api/impulses', {
    title: 'Lernen im Arbeitsprozess braucht Zeit',
    slug: IMPULSE_SLUG,
    summary: 'Drei Thesen dazu, wie Betriebe Lernen in den Arbeitsalltag holen.',
    authors,
    _status: 'published',
  })
  await api('/api/researchNotes', {
    title: 'Kompetenzen im digitalen Wandel',
    slug: RESEARCH_NOTE_SLUG,
    abstract: 'Was Beschäftigte lernen, wenn neue Technik in den Betrieb kommt.',
    licence: 'CC-BY-4.0',
    authors,
    _status: 'published',
  })
}

/** The seed's search jobs run in the app server; the search page needs them done. */
async function waitUntilSearchable(appUrl: string) {
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    const response = await fetch(`${appUrl}/api/search?q=Arbeitskultur`)
    if (response.ok && ((await response.json()) as { totalHits?: number }).totalHits) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error('the seed conference was not searchable within 2 minutes')
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

runMain(async () => {
  const { values } = parseArgs({
    options: {
      desktop: { type: 'boolean', default: false },
      runs: { type: 'string', default: '1' },
      'cpu-slowdown': { type: 'string' },
    },
  })
  const runs = Math.max(1, Number(values.runs))
  const cpuSlowdown = values['cpu-slowdown'] ? Number(values['cpu-slowdown']) : undefined
  if (cpuSlowdown !== undefined && !(cpuSlowdown >= 1)) {
    throw new Error(`--cpu-slowdown must be a number from 1 up, not "${values['cpu-slowdown']}"`)
  }
  const { root, toolsDir } = projectPaths()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wissenshub-lighthouse-'))
  const stack = await startThrowawayStack({ root, toolsDir, dir, database: 'lighthouse', log })
  const chrome = await launch({
    chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  })
  try {
    log('seeding the conference…')
    await loadContent(stack, root)
    await waitUntilSearchable(stack.appUrl)

    const profile = values.desktop ? 'desktop' : 'mobile (simulated throttling)'
    const slowdown = cpuSlowdown ? `, CPU slowdown ${cpuSlowdown}×` : ''
    console.log(
      `\nLighthouse ${profile}${slowdown}, ${runs} run(s) a page, Chromium via ${chrome.port}`,
    )
    console.log(
      `${'page'.padEnd(34)} ${CATEGORIES.map((c) => c.padStart(14)).join(' ')} ${'CPU index'.padStart(10)}`,
    )
    for (const locale of SITE_LOCALES) {
      for (const [name, pathOf] of Object.entries(PAGES)) {
        const url = `${stack.appUrl}${pathOf(locale)}`
        await fetch(url) // fills the site's read cache, as any earlier visitor would have
        const scores: Record<string, number[]> = {}
        const benchmarkIndexes: number[] = []
        const misses = new Set<string>()
        for (let run = 0; run < runs; run += 1) {
          const result = await lighthouse(
            url,
            {
              port: chrome.port,
              logLevel: 'error',
              onlyCategories: [...CATEGORIES],
              ...(cpuSlowdown ? { throttling: { cpuSlowdownMultiplier: cpuSlowdown } } : {}),
            },
            values.desktop ? desktopConfig : undefined,
          )
          if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
          benchmarkIndexes.push(result.lhr.environment.benchmarkIndex)
          for (const category of CATEGORIES) {
            const { score, auditRefs } = result.lhr.categories[category]
            ;(scores[category] ??= []).push(Math.round((score ?? 0) * 100))
            if (category === 'performance') continue
            for (const ref of auditRefs) {
              const audit = result.lhr.audits[ref.id]
              if (ref.weight > 0 && audit.score !== null && audit.score < 1) misses.add(ref.id)
            }
          }
        }
        const row = CATEGORIES.map((c) => String(median(scores[c])).padStart(14)).join(' ')
        const index = String(Math.round(median(benchmarkIndexes))).padStart(10)
        console.log(`${`${name} (${locale})`.padEnd(34)} ${row} ${index}`)
        if (misses.size > 0) console.log(`${''.padEnd(36)}failed: ${[...misses].join(', ')}`)
      }
    }
  } finally {
    chrome.kill()
    await stopProcesses(stack.pids)
    fs.rmSync(dir, { recursive: true, force: true })
  }
})
