import fs from 'node:fs'
import path from 'node:path'

import { CLIENT_MESSAGE_NAMESPACES, clientMessages } from '../../src/i18n/clientMessages'

const SRC = path.join(process.cwd(), 'src')
const de = JSON.parse(fs.readFileSync(path.join(SRC, 'i18n/messages/de.json'), 'utf8'))

const sourceFiles = () =>
  fs
    .readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => path.join(SRC, file))

describe('messages sent to the browser', () => {
  // A client component reading a namespace that is not sent would show its raw keys.
  it('hold every namespace a client component reads', () => {
    const read = sourceFiles()
      .map((file) => fs.readFileSync(file, 'utf8'))
      .filter((source) => /^['"]use client['"]/m.test(source))
      .flatMap((source) =>
        [...source.matchAll(/useTranslations\(\s*'([^']+)'/g)].map((match) => match[1]!),
      )
    expect(read.length).toBeGreaterThan(0)
    for (const namespace of read) {
      expect(CLIENT_MESSAGE_NAMESPACES).toContain(namespace.split('.')[0])
    }
  })

  it('leave out the namespaces only the server renders', () => {
    const sent = clientMessages(de)
    expect(Object.keys(sent).sort()).toEqual([...CLIENT_MESSAGE_NAMESPACES].sort())
    expect(sent.site).toEqual(de.site)
    expect(sent).not.toHaveProperty('feeds')
  })
})
