import type { ExpectedLogLine } from './serverLogGate'

/**
 * Lines every run logs on purpose, each with its reason. Keep this short: a line provoked by one
 * test belongs to that test (`expectServerLogLine`), and anything else is a bug to fix.
 */
export const EXPECTED_SERVER_LOG: ExpectedLogLine[] = [
  {
    pattern: '"msg":"SVG file contains potentially harmful content."',
    reason:
      "uploads.int.spec sends an SVG with a script; Payload's checkFileRestrictions logs the " +
      'refusal at error level before answering 400',
  },
  {
    pattern: '"message":"Malformed part header"',
    reason:
      'uploads.int.spec sends a broken multipart body; Payload logs busboy’s error before ' +
      'multipartClientErrors answers 400',
  },
]
