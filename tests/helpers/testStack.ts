import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * What the global setup started, shared with the test files through a JSON file (Jest runs tests
 * in their own module registry, so objects cannot be handed over; pids and ports can).
 */
export type TestStack = {
  root: string
  tmpDir: string
  appUrl: string
  databaseUri: string
  meili: {
    host: string
    port: number
    masterKey: string
    dataDir: string
    binary: string
    pid: number
  }
  admin: { email: string; password: string }
  /** The app's environment, for scripts run against the test stack (e.g. the seed). */
  appEnv: Record<string, string>
  /** Processes to kill at teardown; tests that restart a service add the new pid. */
  pids: number[]
}

export const STACK_FILE_ENV = 'WISSENSHUB_TEST_STACK'

export function readStack(): TestStack {
  const file = process.env[STACK_FILE_ENV]
  if (!file) throw new Error(`${STACK_FILE_ENV} is not set: run the tests through \`npm test\`.`)
  return JSON.parse(fs.readFileSync(file, 'utf8')) as TestStack
}

export function writeStack(stack: TestStack) {
  const file = process.env[STACK_FILE_ENV] ?? path.join(stack.tmpDir, 'stack.json')
  process.env[STACK_FILE_ENV] = file
  fs.writeFileSync(file, JSON.stringify(stack, null, 2))
}

export function makeTmpDir() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'wissenshub-test-'))
}

export const randomSecret = () => randomBytes(24).toString('hex')
