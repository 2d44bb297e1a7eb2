import fs from 'node:fs'

import { stopProcesses } from '../../src/services/throwawayStack'
import { EXPECTED_SERVER_LOG } from './expectedServerLog'
import { declaredExpectations, scanRunLogs } from './serverLogGate'
import { readStack, STACK_FILE_ENV } from './testStack'

export default async function globalTeardown() {
  const stack = readStack()
  await stopProcesses(stack.pids)
  const findings = scanRunLogs({
    serverLog: stack.serverLog,
    sharedTmpDir: stack.tmpDir,
    expected: [...EXPECTED_SERVER_LOG, ...declaredExpectations(process.env[STACK_FILE_ENV]!)],
  })
  const keep = process.env.KEEP_TEST_DATA || findings.length > 0
  if (!keep) fs.rmSync(stack.tmpDir, { recursive: true, force: true })
  if (findings.length === 0) return
  const listed = findings
    .slice(0, 30)
    .map(({ file, lineNumber, line, why }) => `  ${file}:${lineNumber} (${why})\n    ${line}`)
  throw new Error(
    `The server log has ${findings.length} unexpected line(s) (tests/helpers/serverLogGate.ts; ` +
      `expected ones go to expectedServerLog.ts or expectServerLogLine()):\n${listed.join('\n')}`,
  )
}
