/**
 * `npm run restore -- <archive.tar.gz> [--force]`: rebuilds a hub from a backup — database,
 * media, search index. Refuses a database that holds anything unless --force.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'

import { joinOrStartServices } from '../src/services/embeddedServices'
import { loadServerModules } from '../src/services/loadServerModules'
import { projectPaths } from '../src/services/paths'
import { runMain } from '../src/services/runMain'
import { withPayload } from '../src/services/withPayload'

const log = (line: string) => console.log(`[restore] ${line}`)

runMain(async () => {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { force: { type: 'boolean', default: false } },
  })
  if (positionals.length !== 1) {
    throw new Error('Usage: npm run restore -- <archive.tar.gz> [--force]')
  }
  const archivePath = path.resolve(positionals[0]!)
  const { dataDir, toolsDir } = projectPaths()
  const services = await joinOrStartServices({ dataDir, toolsDir, log: () => undefined })
  Object.assign(process.env, services.env)
  try {
    const { restoreBackup } = loadServerModules()
    log(`Restoring ${archivePath} into ${process.env.DATABASE_URI?.replace(/\/\/[^@]*@/, '//…@')}`)
    await withPayload((payload) =>
      restoreBackup({ payload, archivePath, force: values.force, log }),
    )
    log('Done. Restart the app instances so that no cache outlives the old data.')
  } finally {
    await services.stop()
  }
})
