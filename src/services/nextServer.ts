import { spawn, spawnSync } from 'node:child_process'
import path from 'node:path'

import { isBuildFresh, markBuildFresh } from './buildFreshness'

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
  log('Building the site and admin (next build)…')
  const result = spawnSync(process.execPath, [nextBin(root), 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: nextEnv(process.env, { WISSENSHUB_CONFIG_ONLY: '1' }),
  })
  if (result.status !== 0)
    throw new Error(`next build failed (exit ${result.status}); see the output above.`)
  markBuildFresh(root)
  return true
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
  return spawn(
    process.execPath,
    [
      '--require',
      path.join(root, TRACE_PRELOAD),
      nextBin(root),
      mode,
      '--port',
      String(port),
      '--hostname',
      hostname,
    ],
    {
      cwd: root,
      env: nextEnv(env),
      stdio: stdio === 'inherit' ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    },
  )
}
