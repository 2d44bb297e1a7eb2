/**
 * `npm run bench:depth [-- --timeout=120]`: prints what deep relationship requests cost an
 * anonymous client, and asserts nothing. On a throwaway stack with the seed conference (whose
 * related items and programme form cycles) it requests every publication list at growing
 * `?depth=` and prints status, bytes and time of each, and the largest answer.
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

const log = (line: string) => console.log(`[bench:depth] ${line}`)
const COLLECTIONS = ['talks', 'events', 'panels', 'impulses', 'pressReleases', 'researchNotes']
const DEPTHS = [2, 3, 5, 10, 100]

type Result = { path: string; status: number | string; bytes: number; ms: number }

async function measure(appUrl: string, requestPath: string, timeoutMs: number): Promise<Result> {
  const started = performance.now()
  try {
    const response = await fetch(appUrl + requestPath, { signal: AbortSignal.timeout(timeoutMs) })
    const body = await response.arrayBuffer()
    return {
      path: requestPath,
      status: response.status,
      bytes: body.byteLength,
      ms: performance.now() - started,
    }
  } catch {
    return { path: requestPath, status: 'timeout', bytes: 0, ms: performance.now() - started }
  }
}

runMain(async () => {
  const { values } = parseArgs({ options: { timeout: { type: 'string', default: '120' } } })
  const timeoutMs = Number(values.timeout) * 1000
  const { root, toolsDir } = projectPaths()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wissenshub-bench-depth-'))
  const stack = await startThrowawayStack({
    root,
    toolsDir,
    dir,
    database: 'benchdepth',
    log,
    env: { API_RATE_LIMIT_ANONYMOUS: '1000000' },
  })
  try {
    Object.assign(process.env, stack.appEnv)
    await fetch(`${stack.appUrl}/api/users/first-register`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'bench@wissenshub.local', password: randomSecret() }),
    })
    log('seeding the conference…')
    await withPayload((payload) => loadServerModules().seedDemoContent(payload, () => undefined))
    await measure(stack.appUrl, '/api/talks?depth=0', timeoutMs)
    const results: Result[] = []
    for (const depth of DEPTHS) {
      for (const collection of COLLECTIONS) {
        const result = await measure(
          stack.appUrl,
          `/api/${collection}?depth=${depth}&limit=100`,
          timeoutMs,
        )
        results.push(result)
        log(
          `${result.path.padEnd(42)} ${String(result.status).padEnd(7)} ${(result.bytes / 1024).toFixed(0).padStart(8)} KiB ${(result.ms / 1000).toFixed(2).padStart(7)} s`,
        )
        // A request that did not finish in time is still running on the server: stop here.
        if (result.status === 'timeout') break
      }
      if (results.at(-1)?.status === 'timeout') break
    }
    const largest = results.reduce((a, b) => (b.bytes > a.bytes ? b : a))
    const slowest = results.reduce((a, b) => (b.ms > a.ms ? b : a))
    log(
      `largest anonymous answer: ${largest.path}, ${(largest.bytes / 1024 / 1024).toFixed(2)} MiB in ${(largest.ms / 1000).toFixed(2)} s`,
    )
    log(`slowest: ${slowest.path}, ${slowest.status}, ${(slowest.ms / 1000).toFixed(2)} s`)
  } finally {
    await stopProcesses(stack.pids)
    fs.rmSync(dir, { recursive: true, force: true })
  }
})
