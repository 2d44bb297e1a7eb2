import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

// citation-js 0.8 require()s node-fetch 3, an ES module: plain Node loads it, Jest's module
// registry cannot, so the parsing runs in a child Node process.
const PARSE = `
const { Cite } = require('@citation-js/core')
require('@citation-js/plugin-bibtex')
require('@citation-js/plugin-ris')
let input = ''
process.stdin.on('data', (chunk) => (input += chunk))
process.stdin.on('end', () => process.stdout.write(JSON.stringify(new Cite(input).data)))
`

/** BibTeX or RIS parsed back into CSL-JSON by citation-js's own parsers. */
export async function parseCitation(text: string): Promise<Record<string, unknown>[]> {
  const child = promisify(execFile)(process.execPath, ['-e', PARSE], { cwd: process.cwd() })
  child.child.stdin!.end(text)
  const { stdout } = await child
  return JSON.parse(stdout) as Record<string, unknown>[]
}
