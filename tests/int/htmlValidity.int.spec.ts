/**
 * The HTML of every kind of page through the Nu Html Checker (vnu.jar from the vnu-jar package,
 * run with the machine's Java): no errors. One page of each kind and language, taken from the
 * sitemap, plus the pages it does not list (search).
 */
import path from 'node:path'

import { stack } from '../helpers/api'
import { runTool } from '../helpers/apiValidators'
import { ensureConferenceSeeded } from '../helpers/siteContent'

const VNU = path.join(process.cwd(), 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar')

type VnuMessage = { type: string; url: string; message: string; extract?: string }

/** One URL of each kind of page: the first of each leading path segment per language. */
async function pageOfEachKind(): Promise<string[]> {
  const xml = await (await fetch(new URL('/sitemap.xml', stack().appUrl))).text()
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1])
  const byKind = new Map<string, string>()
  for (const loc of locs) {
    const parts = new URL(loc).pathname.split('/').filter(Boolean)
    const kind = parts[0] === 'en' ? `en/${parts[1] ?? ''}` : (parts[0] ?? '')
    if (!byKind.has(kind)) byKind.set(kind, loc)
  }
  const search = ['/suche?q=Arbeit', '/en/search?q=Arbeit'].map((p) =>
    new URL(p, stack().appUrl).toString(),
  )
  return [...byKind.values(), ...search]
}

it('the Nu Html Checker finds no error on any kind of page', async () => {
  await ensureConferenceSeeded()
  const urls = await pageOfEachKind()
  expect(urls.length).toBeGreaterThan(12)
  const { output } = await runTool(
    'java',
    ['-jar', VNU, '--format', 'json', '--exit-zero-always', ...urls],
    300_000,
  )
  const { messages } = JSON.parse(output.slice(output.indexOf('{'))) as { messages: VnuMessage[] }
  const errors = messages
    .filter((message) => message.type === 'error')
    .map((message) => `${message.url}: ${message.message} [${message.extract ?? ''}]`)
  expect(errors).toEqual([])
}, 360_000)
