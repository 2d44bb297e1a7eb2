/**
 * `npm run bench:load [-- --seconds=60 --readers=16 --editors=2]`
 *
 * Prints figures, asserts nothing. On a throwaway stack (FerretDB, Meilisearch, the production
 * app server with its jobs runner; temp data, removed afterwards) with the seed conference:
 *
 * 1. Pages alone: `readers` concurrent clients on one address at a time for `page-seconds` each,
 *    first a static file from the same server (`/icon.svg`, through the same proxy as pages) as
 *    the anchor, then the start page, detail pages (talks, people), a section page and the search
 *    page; p50/p95 and each page's p95 as a multiple of the static file's.
 * 2. Next.js floor: the same for a bare Next.js app serving the talk page's body prerendered
 *    (scripts/bench/nextFloor.ts), against its own static file: what Next.js alone costs here.
 * 3. Mixed: for `seconds`, `readers` clients reading the public pages, the search API and API
 *    v1 in turn, while `editors` publish and update talks through REST as an admin (every change
 *    drops the site's cached pages). Throughput, p50/p95/p99 and errors per target, and the app
 *    server's memory (RSS) before, right after, and after a settle pause.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { loadServerModules } from '../src/services/loadServerModules'
import { projectPaths } from '../src/services/paths'
import { runMain } from '../src/services/runMain'
import { randomSecret, startThrowawayStack, stopProcesses } from '../src/services/throwawayStack'
import { withPayload } from '../src/services/withPayload'
import { ms, summarize } from './bench/measure'
import { bodyWithoutScripts, startNextFloor } from './bench/nextFloor'

const log = (line: string) => console.log(`[bench:load] ${line}`)
const SETTLE_MS = 15_000
const SEARCH_WORDS = ['Weiterbildung', 'KI', 'Fachkräfte', 'Arbeitsmarkt', 'KMU', 'Strategien']

/** Resident memory of a process and its descendants (`next start` may fork), in MiB. */
function rssMiB(rootPid: number): number {
  const children = new Map<number, number[]>()
  for (const entry of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)])
    } catch {
      // The process ended while we looked.
    }
  }
  let kib = 0
  const visit = (pid: number) => {
    try {
      const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
      kib += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0)
    } catch {
      return
    }
    for (const child of children.get(pid) ?? []) visit(child)
  }
  visit(rootPid)
  return kib / 1024
}

type Target = { name: string; path: (i: number) => string }

async function publicSlugs(appUrl: string, collection: 'talks' | 'people') {
  const response = await fetch(`${appUrl}/api/v1/${collection}?pageSize=100`)
  const { items } = (await response.json()) as { items: { slug: string }[] }
  if (items.length === 0) throw new Error(`the seed left no public ${collection}`)
  return items.map((item) => item.slug)
}

/** `readers` clients requesting `target` back to back for `seconds`; latencies of the 2xx. */
async function loadOne(appUrl: string, target: Target, readers: number, seconds: number) {
  const samples: number[] = []
  let errors = 0
  let request = 0
  const deadline = performance.now() + seconds * 1000
  const reader = async () => {
    while (performance.now() < deadline) {
      const started = performance.now()
      const ok = await fetch(appUrl + target.path(request++))
        .then(async (response) => (await response.arrayBuffer(), response.ok))
        .catch(() => false)
      if (ok) samples.push(performance.now() - started)
      else errors++
    }
  }
  await Promise.all(Array.from({ length: readers }, reader))
  return summarize(samples, errors)
}

/** Phase 1: each page alone under `readers` clients, against a static file of the same server. */
async function measurePagesAlone(
  appUrl: string,
  targets: Target[],
  readers: number,
  seconds: number,
  heading = 'Pages alone',
) {
  console.log(`\n${heading}: ${readers} concurrent readers, ${seconds} s per address`)
  console.log('address                   requests   p50 / p95 (ms)        p95 ÷ static file')
  let anchorP95 = NaN
  // The static file again at the end: how much the machine's own noise moved during the phase.
  for (const target of [...targets, { ...targets[0]!, name: `${targets[0]!.name} again` }]) {
    // Warm: the first request renders the page into the cache, as the first reader's would.
    for (let i = 0; i < 3; i++) await fetch(appUrl + target.path(i)).then((r) => r.arrayBuffer())
    const summary = await loadOne(appUrl, target, readers, seconds)
    if (Number.isNaN(anchorP95)) anchorP95 = summary.p95
    console.log(
      `${target.name.padEnd(25)} ${String(summary.count).padStart(8)}   ` +
        `${ms(summary.p50)} / ${ms(summary.p95)}`.padEnd(22) +
        `${(summary.p95 / anchorP95).toFixed(2)}×${summary.errors ? `  (${summary.errors} errors)` : ''}`,
    )
  }
}

/**
 * Phase 1 once more on a bare Next.js app (scripts/bench/nextFloor.ts) serving the talk page's
 * bytes prerendered: how far above its own static file Next.js alone puts a page here.
 */
async function measureNextFloor(root: string, talkUrl: string, readers: number, seconds: number) {
  const talkHtml = await fetch(talkUrl).then((response) => response.text())
  log('building a bare Next.js app with the talk page prerendered…')
  const floor = await startNextFloor({ root, bodyHtml: bodyWithoutScripts(talkHtml) })
  try {
    const floorHtml = await fetch(`${floor.url}/`).then((response) => response.text())
    await measurePagesAlone(
      floor.url,
      [
        { name: 'static file /icon.svg', path: () => '/icon.svg' },
        { name: '/ (talk, prerendered)', path: () => '/' },
      ],
      readers,
      seconds,
      `Next.js floor (bare app, talk page ${kib(talkHtml)} as ${kib(floorHtml)} of prerendered HTML)`,
    )
  } finally {
    await floor.stop()
  }
}

const kib = (text: string) => `${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB`

runMain(async () => {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '60' },
      'page-seconds': { type: 'string', default: '15' },
      readers: { type: 'string', default: '16' },
      editors: { type: 'string', default: '2' },
    },
  })
  const seconds = Number(values.seconds)
  const pageSeconds = Number(values['page-seconds'])
  const readers = Number(values.readers)
  const editors = Number(values.editors)
  const { root, toolsDir } = projectPaths()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wissenshub-bench-load-'))
  const stack = await startThrowawayStack({
    root,
    toolsDir,
    dir,
    database: 'benchload',
    log,
    // Every reader comes from 127.0.0.1: the per-address API limit would measure 429s.
    env: { API_RATE_LIMIT_ANONYMOUS: '1000000' },
  })
  try {
    Object.assign(process.env, stack.appEnv)
    const credentials = { email: 'bench@wissenshub.local', password: randomSecret() }
    const registered = await fetch(`${stack.appUrl}/api/users/first-register`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(credentials),
    })
    const { token } = (await registered.json()) as { token: string }
    log('seeding the conference…')
    await withPayload((payload) => loadServerModules().seedDemoContent(payload, () => undefined))
    const slugs = await publicSlugs(stack.appUrl, 'talks')
    const people = await publicSlugs(stack.appUrl, 'people')
    const word = (i: number) => encodeURIComponent(SEARCH_WORDS[i % SEARCH_WORDS.length])
    // The seed's index and media jobs run for a while after it returns; let them finish.
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS))
    await measurePagesAlone(
      stack.appUrl,
      [
        { name: 'static file /icon.svg', path: () => '/icon.svg' },
        { name: '/ (start page)', path: () => '/' },
        { name: '/vortraege/<slug>', path: (i) => `/vortraege/${slugs[i % slugs.length]}` },
        { name: '/personen/<slug>', path: (i) => `/personen/${people[i % people.length]}` },
        { name: '/vortraege (section)', path: () => '/vortraege' },
        { name: '/suche?q=…', path: (i) => `/suche?q=${word(i)}` },
      ],
      readers,
      pageSeconds,
    )
    await measureNextFloor(root, `${stack.appUrl}/vortraege/${slugs[0]}`, readers, pageSeconds)
    const targets: Target[] = [
      { name: '/', path: () => '/' },
      { name: '/vortraege/<slug>', path: (i) => `/vortraege/${slugs[i % slugs.length]}` },
      { name: '/suche?q=…', path: (i) => `/suche?q=${word(i)}` },
      { name: '/api/search?q=…', path: (i) => `/api/search?q=${word(i)}` },
      { name: '/api/v1/talks', path: () => '/api/v1/talks?pageSize=20' },
      { name: '/api/v1/talks/<slug>', path: (i) => `/api/v1/talks/${slugs[i % slugs.length]}` },
      { name: '/api/v1/search?q=…', path: (i) => `/api/v1/search?q=${word(i)}` },
    ]

    // Warm-up: compile caches and connections, then let the app settle before the baseline.
    for (const target of targets) await fetch(stack.appUrl + target.path(0)).then((r) => r.text())
    await new Promise((resolve) => setTimeout(resolve, 5_000))
    const rssBefore = rssMiB(stack.app.pid)

    const samples = new Map<string, number[]>()
    const errors = new Map<string, number>()
    const record = (name: string, started: number, ok: boolean) => {
      if (ok) samples.set(name, [...(samples.get(name) ?? []), performance.now() - started])
      else errors.set(name, (errors.get(name) ?? 0) + 1)
    }
    const deadline = performance.now() + seconds * 1000
    let request = 0
    const reader = async () => {
      while (performance.now() < deadline) {
        const i = request++
        const target = targets[i % targets.length]
        const started = performance.now()
        const ok = await fetch(stack.appUrl + target.path(Math.floor(i / targets.length)))
          .then(async (response) => (await response.arrayBuffer(), response.ok))
          .catch(() => false)
        record(target.name, started, ok)
      }
    }
    let published = 0
    const editor = async (e: number) => {
      const headers = { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' }
      while (performance.now() < deadline) {
        let started = performance.now()
        const created = await fetch(`${stack.appUrl}/api/talks`, {
          method: 'POST',
          headers,
          body: JSON.stringify({
            title: `Lastprobe ${e}-${published++} Weiterbildung im Betrieb`,
            summary: 'Ein Vortrag, veröffentlicht während der Lastmessung.',
            _status: 'published',
          }),
        }).catch(() => undefined)
        record('REST publish (POST)', started, created?.status === 201)
        if (created?.status !== 201) continue
        const { doc } = (await created.json()) as { doc: { id: string } }
        started = performance.now()
        const updated = await fetch(`${stack.appUrl}/api/talks/${doc.id}`, {
          method: 'PATCH',
          headers,
          body: JSON.stringify({ summary: 'Überarbeitet während der Lastmessung.' }),
        }).catch(() => undefined)
        await updated?.arrayBuffer()
        record('REST update (PATCH)', started, updated?.ok === true)
      }
    }
    log(`${readers} readers and ${editors} editors for ${seconds} s…`)
    const began = performance.now()
    await Promise.all([
      ...Array.from({ length: readers }, reader),
      ...Array.from({ length: editors }, (_, e) => editor(e)),
    ])
    const elapsed = (performance.now() - began) / 1000
    const rssAfter = rssMiB(stack.app.pid)
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS))
    const rssSettled = rssMiB(stack.app.pid)

    console.log(`\nMachine: ${os.cpus().length} × ${os.cpus()[0]?.model}, Node ${process.version}`)
    console.log(
      `Mixed: ${readers} readers + ${editors} editors, ${elapsed.toFixed(1)} s, seed conference + talks published during the run`,
    )
    console.log('target                   requests   req/s    p50 / p95 / p99            errors')
    let total = 0
    let totalErrors = 0
    for (const name of [
      ...targets.map((target) => target.name),
      'REST publish (POST)',
      'REST update (PATCH)',
    ]) {
      const summary = summarize(samples.get(name) ?? [], errors.get(name) ?? 0)
      total += summary.count + summary.errors
      totalErrors += summary.errors
      console.log(
        `${name.padEnd(24)} ${String(summary.count).padStart(8)} ${(summary.count / elapsed).toFixed(1).padStart(7)}    ` +
          `${ms(summary.p50)} / ${ms(summary.p95)} / ${ms(summary.p99)}`.padEnd(34) +
          `${summary.errors}`,
      )
    }
    console.log(
      `all: ${total} requests, ${(total / elapsed).toFixed(1)} req/s, ${totalErrors} errors`,
    )
    console.log(
      `app server RSS: before ${rssBefore.toFixed(0)} MiB, right after ${rssAfter.toFixed(0)} MiB, ` +
        `after ${SETTLE_MS / 1000} s idle ${rssSettled.toFixed(0)} MiB`,
    )
  } finally {
    await stopProcesses(stack.pids)
    fs.rmSync(dir, { recursive: true, force: true })
  }
})
