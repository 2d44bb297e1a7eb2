import type { ExpectedLogLine } from './serverLogGate'

/**
 * Lines every run logs on purpose, each with its reason. Keep this short: a line provoked by one
 * test belongs to that test (`expectServerLogLine`), and anything else is a bug to fix.
 */
export const EXPECTED_SERVER_LOG: ExpectedLogLine[] = []
