/** `npm run search:reindex`: builds fresh indexes and swaps them in atomically. */
import { joinOrStartServices } from '../src/services/embeddedServices'
import { loadServerModules } from '../src/services/loadServerModules'
import { projectPaths } from '../src/services/paths'
import { runMain } from '../src/services/runMain'
import { withPayload } from '../src/services/withPayload'

runMain(async () => {
  const { dataDir, toolsDir } = projectPaths()
  const services = await joinOrStartServices({ dataDir, toolsDir, log: () => undefined })
  Object.assign(process.env, services.env)
  try {
    const { rebuildSearchIndexes } = loadServerModules()
    const started = performance.now()
    const result = await withPayload((payload) => rebuildSearchIndexes(payload))
    console.log(
      JSON.stringify({
        ...result,
        seconds: Number(((performance.now() - started) / 1000).toFixed(2)),
        // The most this process held in memory at once (resident set, MiB).
        peakMemoryMiB: Math.round(process.resourceUsage().maxRSS / 1024),
      }),
    )
  } finally {
    await services.stop()
  }
})
