import fs from 'node:fs'

import { readStack } from './testStack'

function isAlive(pid: number) {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

export default async function globalTeardown() {
  const stack = readStack()
  for (const pid of stack.pids) {
    if (isAlive(pid)) process.kill(pid, 'SIGTERM')
  }
  const deadline = Date.now() + 10_000
  while (stack.pids.some(isAlive) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  for (const pid of stack.pids.filter(isAlive)) process.kill(pid, 'SIGKILL')
  if (!process.env.KEEP_TEST_DATA) fs.rmSync(stack.tmpDir, { recursive: true, force: true })
}
