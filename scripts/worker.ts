/**
 * `npm run worker`: runs the jobs queue (search sync, webhooks, scheduled publishing) in its own
 * process, for deployments with several app instances started with `JOBS_AUTORUN=false`. Run
 * exactly one (stop the old one before starting a new one). SIGTERM or Ctrl+C finishes the jobs in progress, then exits 0.
 *
 * It connects to DATABASE_URI and MEILI_HOST; without them, to the embedded services that
 * `npm start` runs from `.data/` (it never starts them itself).
 */
import { embeddedServicesEnv } from '../src/services/embeddedServices'
import { loadServerModules } from '../src/services/loadServerModules'
import { projectPaths } from '../src/services/paths'
import { runMain } from '../src/services/runMain'
import { withPayload } from '../src/services/withPayload'

runMain(async () => {
  Object.assign(process.env, embeddedServicesEnv(projectPaths().dataDir))
  await withPayload(async (payload) => {
    const { releaseStaleJobs, startJobsWorker } = loadServerModules()
    // The worker is the only runner: whatever is still marked processing was left by one that
    // was killed, and runs again at once instead of after JOBS_STALE_AFTER_SECONDS.
    await releaseStaleJobs(payload, 0)
    const worker = startJobsWorker(payload)
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        payload.logger.info(`${signal}: finishing the jobs in progress, then stopping`)
        worker.stop()
      })
    }
    payload.logger.info('Jobs worker running')
    await worker.done
    payload.logger.info('Jobs worker stopped')
  })
})
