import { spawn, spawnSync } from 'node:child_process'
import path from 'node:path'

import { isBuildFresh, markBuildFresh, sourceFingerprint } from './buildFreshness'
import { startManagedProcess } from './managedProcess'

function nextBin(root: string) {
  return path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next')
}

/** Answers TRACE with 405 before Next.js, which fails on it with a 500 (see the file). */
export const TRACE_PRELOAD = 'src/services/refuseTraceMethods.cjs'

function nextEnv(env: NodeJS.ProcessEnv, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...env, NEXT_TELEMETRY_DISABLED: '1', ...extra }
}

/** Runs `next build` unless the last build was made from the same sources. */
export function buildIfNeeded(root: string, log: (line: string) => void = console.log) {
  if (isBuildFresh(root)) return false
  const sources = sourceFingerprint(root)
  log('Building the site and admin (next build)…')
  const result = spawnSync(process.execPath, [nextBin(root), 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: nextEnv(process.env, { WISSENSHUB_CONFIG_ONLY: '1' }),
  })
  if (result.status !== 0)
    throw new Error(`next build failed (exit ${result.status}); see the output above.`)
  markBuildFresh(root, sources)
  return true
}

function nextServerArgs(root: string, mode: 'start' | 'dev', port: number, hostname: string) {
  return [
    // Records each request's TCP peer for the rate limits (see peerAddressHeader.cjs).
    '--require',
    path.join(root, 'src/services/peerAddressHeader.cjs'),
    // Answers TRACE with 405 before Next.js, which fails on it (see refuseTraceMethods.cjs).
    '--require',
    path.join(root, TRACE_PRELOAD),
    nextBin(root),
    mode,
    '--port',
    String(port),
    '--hostname',
    hostname,
  ]
}

/**
 * The Next.js server as a managed process (output passed through), ready once `/api/health`
 * answers: liveness, not readiness, since the server is up and serving what it can even while
 * the database or search is away.
 */
export function startNextServerProcess({
  root,
  port,
  env,
  hostname = '127.0.0.1',
  mode = 'start',
}: {
  root: string
  port: number
  env: NodeJS.ProcessEnv
  hostname?: string
  mode?: 'start' | 'dev'
}) {
  return startManagedProcess({
    name: 'Next.js server',
    command: process.execPath,
    args: nextServerArgs(root, mode, port, hostname),
    cwd: root,
    env: nextEnv(env),
    isReady: async () => {
      const response = await fetch(`http://${hostname}:${port}/api/health`, {
        signal: AbortSignal.timeout(5_000),
      })
      return response.ok
    },
    // `next dev` compiles the route on the first request.
    timeoutMs: mode === 'dev' ? 300_000 : 120_000,
  })
}

export function spawnNextServer({
  root,
  port,
  env,
  hostname = '127.0.0.1',
  mode = 'start',
  stdio = 'inherit',
}: {
  root: string
  port: number
  env: NodeJS.ProcessEnv
  hostname?: string
  mode?: 'start' | 'dev'
  stdio?: 'inherit' | 'pipe'
}) {
  return spawn(process.execPath, nextServerArgs(root, mode, port, hostname), {
    cwd: root,
    env: nextEnv(env),
    stdio: stdio === 'inherit' ? 'inherit' : ['ignore', 'pipe', 'pipe'],
  })
}
