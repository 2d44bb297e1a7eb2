import { spawn, spawnSync } from 'node:child_process'
import path from 'node:path'

import { isBuildFresh, markBuildFresh } from './buildFreshness'

function nextBin(root: string) {
  return path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next')
}

/** Runs `next build` unless the last build was made from the same sources. */
export function buildIfNeeded(root: string, log: (line: string) => void = console.log) {
  if (isBuildFresh(root)) return false
  log('Building the site and admin (next build)…')
  const result = spawnSync(process.execPath, [nextBin(root), 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, WISSENSHUB_CONFIG_ONLY: '1', NEXT_TELEMETRY_DISABLED: '1' },
  })
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status}); see the output above.`)
  markBuildFresh(root)
  return true
}

export function spawnNextServer({
  root,
  port,
  env,
  mode = 'start',
  stdio = 'inherit',
}: {
  root: string
  port: number
  env: NodeJS.ProcessEnv
  mode?: 'start' | 'dev'
  stdio?: 'inherit' | 'pipe'
}) {
  return spawn(process.execPath, [nextBin(root), mode, '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: root,
    env: { ...env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: stdio === 'inherit' ? 'inherit' : ['ignore', 'pipe', 'pipe'],
  })
}
