/** `npm run seed`: loads the demo conference; idempotent. Starts embedded services if needed. */
import { joinOrStartServices } from '../src/services/embeddedServices'
import { loadServerModules } from '../src/services/loadServerModules'
import { projectPaths } from '../src/services/paths'
import { runMain } from '../src/services/runMain'
import { withPayload } from '../src/services/withPayload'

runMain(async () => {
  const { dataDir, toolsDir } = projectPaths()
  const services = await joinOrStartServices({ dataDir, toolsDir })
  Object.assign(process.env, services.env)
  try {
    const { seedDemoContent } = loadServerModules()
    await withPayload((payload) => seedDemoContent(payload))
  } finally {
    await services.stop()
  }
})
