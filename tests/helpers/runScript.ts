import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

import { stack } from './api'

const run = promisify(execFile)

/**
 * Runs a TypeScript script (tsx) against the test stack's database and search, as the npm
 * scripts would. NODE_OPTIONS is reset so that Jest's own flags do not reach the script.
 */
export function runScript(
  script: string,
  args: string[] = [],
  extraEnv: Record<string, string> = {},
) {
  const { root, appEnv } = stack()
  return run(process.execPath, ['node_modules/tsx/dist/cli.mjs', script, ...args], {
    cwd: root,
    env: { ...process.env, NODE_OPTIONS: '', ...appEnv, ...extraEnv },
    timeout: 120_000,
  })
}
