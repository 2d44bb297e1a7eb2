import fs from 'node:fs'

import { stopProcesses } from '../../src/services/throwawayStack'
import { readStack } from './testStack'

export default async function globalTeardown() {
  const stack = readStack()
  await stopProcesses(stack.pids)
  if (!process.env.KEEP_TEST_DATA) fs.rmSync(stack.tmpDir, { recursive: true, force: true })
}
