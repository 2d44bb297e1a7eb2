/**
 * `npm run backup [-- <archive.tar.gz>]`: writes one archive with every database collection, the
 * media files and the search index settings (default: ./wissenshub-backup-<UTC time>.tar.gz).
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { joinOrStartServices } from '../src/services/embeddedServices'
import { loadServerModules } from '../src/services/loadServerModules'
import { projectPaths } from '../src/services/paths'
import { runMain } from '../src/services/runMain'
import { withPayload } from '../src/services/withPayload'

const log = (line: string) => console.log(`[backup] ${line}`)

runMain(async () => {
  const { positionals } = parseArgs({ allowPositionals: true })
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  const archivePath = path.resolve(positionals[0] ?? `wissenshub-backup-${stamp}.tar.gz`)
  const { dataDir, toolsDir } = projectPaths()
  const services = await joinOrStartServices({ dataDir, toolsDir, log: () => undefined })
  Object.assign(process.env, services.env)
  try {
    const { createBackup } = loadServerModules()
    await withPayload((payload) => createBackup({ payload, archivePath, log }))
    const megabytes = (fs.statSync(archivePath).size / 1024 / 1024).toFixed(1)
    log(`Written: ${archivePath} (${megabytes} MB)`)
  } finally {
    await services.stop()
  }
})
