import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { ThrowawayStack } from '../../src/services/throwawayStack'

/**
 * What the global setup started, shared with the test files through a JSON file (Jest runs tests
 * in their own module registry, so objects cannot be handed over; pids and ports can).
 */
export type TestStack = ThrowawayStack & {
  root: string
  tmpDir: string
  admin: { email: string; password: string }
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
