import { describe, expect, it } from '@jest/globals'

import { unexpectedLogLines } from '../helpers/serverLogGate'

const lines = [
  '{"level":30,"time":1,"msg":"Server listening"}',
  '{"level":50,"time":2,"err":{"type":"Error","message":"boom"},"msg":"boom"}',
  '{"level":30,"time":3,"msg":"findAndModify: support for field \\"fields\\" is not implemented yet"}',
  '{"level":40,"time":4,"err":{"type":"MongoServerError"},"msg":"write failed"}',
  '{"level":60,"time":5,"msg":"fatal"}',
  ' ⨯ Error: route handler failed',
  'plain text from a child process',
  '{"level":50,"time":6,"msg":"webhook receiver refused on purpose"}',
].join('\n')

describe('the server log gate', () => {
  it('flags MongoServerError, "not implemented", error-level and Next.js error lines', () => {
    const findings = unexpectedLogLines({ text: lines, file: 'next.log', expected: [] })
    expect(findings.map(({ lineNumber, why }) => [lineNumber, why])).toEqual([
      [2, 'pino level 50'],
      [3, 'says "not implemented" (a FerretDB gap?)'],
      [4, 'names a MongoServerError'],
      [5, 'pino level 60'],
      [6, 'an error Next.js caught'],
      [8, 'pino level 50'],
    ])
  })

  it('lets through what is declared expected, by substring or /regex/', () => {
    const findings = unexpectedLogLines({
      text: lines,
      file: 'next.log',
      expected: [
        { pattern: 'refused on purpose', reason: 'a test provokes it' },
        { pattern: '/"msg":"(boom|fatal)"/', reason: 'a test provokes it' },
      ],
    })
    expect(findings.map(({ lineNumber }) => lineNumber)).toEqual([3, 4, 6])
  })

  it('checks a fault stack only for database gaps', () => {
    const findings = unexpectedLogLines({
      text: lines,
      file: 'fault.log',
      expected: [],
      errorLevels: false,
    })
    expect(findings.map(({ lineNumber }) => lineNumber)).toEqual([3, 4])
  })
})
