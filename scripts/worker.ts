/**
 * `npm run worker`: runs the jobs queue (search sync, webhooks, scheduled publishing) in its own
 * process, for deployments with several app instances started with `JOBS_AUTORUN=false`. Run
 * exactly one (stop the old one before starting a new one). SIGTERM or Ctrl+C finishes the jobs
 * in progress, then exits 0.
 *
 * It connects to DATABASE_URI and MEILI_HOST; without them, to the embedded services that
 * `npm start` runs from `.data/` (it never starts them itself). `npm start` runs it as a
 * supervised child, the first time with `--prepare` (search index settings, demo content).
 */
import { embeddedServicesEnv } from '../src/services/embeddedServices'
import { WORKER_READY_MESSAGE } from '../src/services/jobsWorkerProcess'
import { loadServerModules } from '../src/services/loadServerModules'
import { projectPaths } from '../src/services/paths'
import { runMain } from '../src/services/runMain'
import { withPayload } from '../src/services/withPayload'

const log = (line: string) => console.log(`[wissenshub] ${line}`)

runMain(async () => {
  Object.assign(process.env, embeddedServicesEnv(projectPaths().dataDir))
  await withPayload(async (payload) => {
    const { ensureSearchIndexes, releaseStaleJobs, seedDemoContent, startJobsWorker } =
      loadServerModules()
    if (process.argv.includes('--prepare')) {
      // Payload's onInit applied the settings already; this surfaces its error, if any.
      await ensureSearchIndexes()
      const { totalDocs } = await payload.count({ collection: 'talks' })
      if (totalDocs === 0) await seedDemoContent(payload, log)
    }
    // The worker is the only runner: whatever is still marked processing was left by one that
    // was killed (under `npm start`: this worker's predecessor), and runs again at once instead
    // of after JOBS_STALE_AFTER_SECONDS.
    await releaseStaleJobs(payload, 0)
    const worker = startJobsWorker(payload)
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        payload.logger.info(`${signal}: finishing the jobs in progress, then stopping`)
        worker.stop()
      })
    }
    if (process.send) {
      process.send(WORKER_READY_MESSAGE)
      // The supervisor is gone (killed): nobody would stop or replace this worker any more.
      process.once('disconnect', () => worker.stop())
    }
    payload.logger.info('Jobs worker running')
    await worker.done
    payload.logger.info('Jobs worker stopped')
  })
})
