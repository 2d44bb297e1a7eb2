import fs from 'node:fs'
import path from 'node:path'

/**
 * The server log of a test run is part of its result. After the run, every log of the stack's
 * app server (and of the fault stacks, copied next to it) is scanned; a line that names a
 * `MongoServerError`, says "not implemented" (a FerretDB gap) or is logged at error level or
 * above fails the run, unless it is expected: listed in `expectedServerLog.ts` with its reason,
 * or declared by the test that provokes it (`expectServerLogLine`).
 */

export type ExpectedLogLine = { pattern: string; reason: string }

export type LogFinding = { file: string; lineNumber: number; line: string; why: string }

const PINO_ERROR_LEVEL = 50

function whyUnexpected(line: string, { errorLevels }: { errorLevels: boolean }): string | null {
  if (/MongoServerError/.test(line)) return 'names a MongoServerError'
  if (/not implemented/i.test(line)) return 'says "not implemented" (a FerretDB gap?)'
  if (!errorLevels) return null
  const trimmed = line.trim()
  if (trimmed.startsWith('{')) {
    try {
      const level = (JSON.parse(trimmed) as { level?: unknown }).level
      if (typeof level === 'number' && level >= PINO_ERROR_LEVEL) return `pino level ${level}`
    } catch {
      // Not JSON after all: only the patterns above apply.
    }
  }
  // Next.js marks errors it caught itself (route handlers, rendering) with "⨯".
  if (trimmed.startsWith('⨯')) return 'an error Next.js caught'
  return null
}

const matches = (line: string, { pattern }: ExpectedLogLine) =>
  pattern.startsWith('/') && pattern.lastIndexOf('/') > 0
    ? new RegExp(
        pattern.slice(1, pattern.lastIndexOf('/')),
        pattern.slice(pattern.lastIndexOf('/') + 1),
      ).test(line)
    : line.includes(pattern)

/**
 * The lines of `text` that fail the run. `errorLevels: false` checks only for database gaps (for
 * fault stacks, whose tests break the database on purpose).
 */
export function unexpectedLogLines({
  text,
  file,
  expected,
  errorLevels = true,
}: {
  text: string
  file: string
  expected: ExpectedLogLine[]
  errorLevels?: boolean
}): LogFinding[] {
  const findings: LogFinding[] = []
  text.split('\n').forEach((line, index) => {
    const why = whyUnexpected(line, { errorLevels })
    if (why && !expected.some((entry) => matches(line, entry))) {
      findings.push({ file, lineNumber: index + 1, line: line.slice(0, 500), why })
    }
  })
  return findings
}

const expectationsFile = (stackFile: string) => `${stackFile}.expected-log.jsonl`

/**
 * For a test that provokes an error line on purpose: the line is then not held against the run.
 * `pattern` is a substring, or `/regex/flags`. Keep it as narrow as the provoked line.
 */
export function expectServerLogLine(pattern: string, reason: string) {
  const stackFile = process.env.WISSENSHUB_TEST_STACK
  if (!stackFile) throw new Error('WISSENSHUB_TEST_STACK is not set: run the tests through jest.')
  fs.appendFileSync(expectationsFile(stackFile), `${JSON.stringify({ pattern, reason })}\n`)
}

export function declaredExpectations(stackFile: string): ExpectedLogLine[] {
  const file = expectationsFile(stackFile)
  if (!fs.existsSync(file)) return []
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ExpectedLogLine)
}

/** Where a fault stack leaves its logs for the gate (inside the shared stack's folder). */
export const faultLogsDir = (sharedTmpDir: string) => path.join(sharedTmpDir, 'fault-logs')

/** Every finding in the shared stack's server log and the fault stacks' logs. */
export function scanRunLogs({
  serverLog,
  sharedTmpDir,
  expected,
}: {
  serverLog: string
  sharedTmpDir: string
  expected: ExpectedLogLine[]
}): LogFinding[] {
  const read = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '')
  const findings = unexpectedLogLines({ text: read(serverLog), file: serverLog, expected })
  const faultDir = faultLogsDir(sharedTmpDir)
  const faultLogs = fs.existsSync(faultDir) ? fs.readdirSync(faultDir) : []
  for (const name of faultLogs) {
    const file = path.join(faultDir, name)
    findings.push(...unexpectedLogLines({ text: read(file), file, expected, errorLevels: false }))
  }
  return findings
}
