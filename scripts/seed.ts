/** `npm run seed`: loads the demo conference; idempotent. Starts embedded services if needed. */
import { startServices } from '../src/services/embeddedServices'
import { projectPaths } from '../src/services/paths'
import { withPayload } from '../src/services/withPayload'

const { dataDir, toolsDir } = projectPaths()
const services = await startServices({ dataDir, toolsDir })
Object.assign(process.env, services.env)
try {
  const { seedDemoContent } = await import('../src/seed/seedDemoContent')
  await withPayload((payload) => seedDemoContent(payload))
} finally {
  await services.stop()
}
