/** `npm run search:reconcile [-- --dry-run]`: repairs every difference between MongoDB and the index. */
import { joinOrStartServices } from '../src/services/embeddedServices'
import { loadServerModules } from '../src/services/loadServerModules'
import { projectPaths } from '../src/services/paths'
import { runMain } from '../src/services/runMain'
import { withPayload } from '../src/services/withPayload'

runMain(async () => {
  const dryRun = process.argv.includes('--dry-run')
  const { dataDir, toolsDir } = projectPaths()
  const services = await joinOrStartServices({ dataDir, toolsDir, log: () => undefined })
  Object.assign(process.env, services.env)
  try {
    const { reconcileSearchIndexes } = loadServerModules()
    const report = await withPayload((payload) => reconcileSearchIndexes(payload, { dryRun }))
    console.log(JSON.stringify({ dryRun, ...report }))
  } finally {
    await services.stop()
  }
})
