/**
 * `npm start`: starts the embedded database and Meilisearch (unless DATABASE_URI / MEILI_HOST
 * point elsewhere), prepares the search indexes, seeds demo content into an empty database,
 * builds if the sources changed, serves site and admin on http://localhost:$PORT and runs the
 * jobs queue beside them. SIGTERM or Ctrl+C: requests and jobs in flight finish, then all stops.
 */
import { jobsRunInThisProcess } from '../src/env'
import { startServices } from '../src/services/embeddedServices'
import { loadServerModules } from '../src/services/loadServerModules'
import { buildIfNeeded, spawnNextServer } from '../src/services/nextServer'
import { waitForHttp } from '../src/services/waitForHttp'
import { projectPaths } from '../src/services/paths'
import { withPayload } from '../src/services/withPayload'
import type { JobsWorker } from '../src/jobs/jobsWorker'

const log = (line: string) => console.log(`[wissenshub] ${line}`)

// Start-up and shutdown end in bounded time, with a reason, instead of hanging.
const READY_TIMEOUT_MS = Number(process.env.STARTUP_TIMEOUT_SECONDS || 300) * 1000
const SHUTDOWN_GRACE_MS = 30_000

async function main() {
  const dev = process.argv.includes('--dev')
  const startedAt = performance.now()
  const { root, dataDir, toolsDir } = projectPaths()
  const port = Number(process.env.PORT || 3000)
  // Links in the API, feeds and OAI-PMH name this address unless an operator sets another.
  process.env.SERVER_URL ||= `http://localhost:${port}`

  const services = await startServices({ dataDir, toolsDir, log })
  Object.assign(process.env, services.env)
  // Read before withPayload switches the runner off for its own boot. The jobs run in this
  // process, beside the app (as `npm run worker` does in production), so that on SIGTERM the
  // jobs in progress finish before the database and search stop; Next.js exits on its own.
  const runsJobs = jobsRunInThisProcess()
  let stopRequested = false
  let startupFailed = false
  let shuttingDown = false
  const shutdown = async (code: number) => {
    if (shuttingDown) return
    shuttingDown = true
    await services.stop()
    const ended = services.embedded.map((proc) => `${proc.name} (${proc.howItEnded()})`)
    if (ended.length) log(`Stopped ${ended.join(', ')}`)
    process.exit(code)
  }

  let appExit: { code: number | null; signal: NodeJS.Signals | null } | undefined
  try {
    const { ensureSearchIndexes, releaseStaleJobs, seedDemoContent, startJobsWorker } =
      loadServerModules()
    // One Payload for seeding and then the jobs runner: Payload keeps one instance per process.
    await withPayload(async (payload) => {
      // Payload's onInit applied the settings already; this surfaces its error, if any.
      await ensureSearchIndexes()
      const { totalDocs } = await payload.count({ collection: 'talks' })
      if (totalDocs === 0) await seedDemoContent(payload, log)
      // This process is about to be the only runner, so a job still marked processing was
      // left by a previous run that was killed: run it again now, not in 15 minutes.
      if (runsJobs) await releaseStaleJobs(payload, 0)
      if (!dev) buildIfNeeded(root, log)

      const server = spawnNextServer({
        root,
        port,
        env: { ...process.env, JOBS_AUTORUN: 'false' },
        mode: dev ? 'dev' : 'start',
      })
      const serverUrl = `http://localhost:${port}`
      let worker: JobsWorker | undefined
      let forceStop: () => void = () => undefined
      const forced = new Promise<void>((resolve) => (forceStop = resolve))
      // Next.js waits for the requests in flight; one stuck on a hanging start-up would keep it
      // (and this process) alive forever.
      const stopApp = () => {
        worker?.stop()
        server.kill('SIGTERM')
        setTimeout(() => {
          if (server.exitCode === null && server.signalCode === null) {
            log(`The app did not stop within ${SHUTDOWN_GRACE_MS / 1000} s; killing it`)
            server.kill('SIGKILL')
          }
          // Also a job that does not finish in time is left to the next start (stale job release).
          forceStop()
        }, SHUTDOWN_GRACE_MS).unref()
      }
      void waitForHttp(`${serverUrl}/api/ready`, READY_TIMEOUT_MS).then((ok) => {
        if (!ok) {
          if (stopRequested) return
          console.error(
            `[wissenshub] The app did not become ready within ${READY_TIMEOUT_MS / 1000} s ` +
              `(GET ${serverUrl}/api/ready never answered 200; its output above says why, e.g. ` +
              `a start-up step that did not finish). Stopping. STARTUP_TIMEOUT_SECONDS waits longer.`,
          )
          startupFailed = true
          stopRequested = true
          stopApp()
          return
        }
        const seconds = ((performance.now() - startedAt) / 1000).toFixed(1)
        log(
          `Ready in ${seconds} s: site ${serverUrl}  ·  admin ${serverUrl}/admin  ·  API ${serverUrl}/api`,
        )
      })
      // On SIGTERM Next.js stops accepting connections, lets the requests in flight finish, and
      // exits with 143, while the jobs runner finishes the jobs in progress. Only when both are
      // done are the database and search stopped, so neither loses them.
      const appExited = new Promise<typeof appExit>((resolve) =>
        server.on('exit', (code, signal) => {
          worker?.stop()
          resolve({ code, signal })
        }),
      )
      for (const signal of ['SIGINT', 'SIGTERM'] as const) {
        process.on(signal, () => {
          if (!stopRequested) log(`${signal}: finishing requests and jobs in flight, then stopping`)
          stopRequested = true
          stopApp()
        })
      }
      if (runsJobs && !stopRequested) {
        worker = startJobsWorker(payload)
        await Promise.race([worker.done, forced])
      }
      appExit = await Promise.race([appExited, forced.then(() => ({ code: 1, signal: null }))])
    })
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    await shutdown(1)
  }
  const stoppedAsAsked =
    !startupFailed &&
    stopRequested &&
    (appExit?.code === 0 || appExit?.code === 143 || appExit?.signal === 'SIGTERM')
  await shutdown(stoppedAsAsked ? 0 : startupFailed ? 1 : (appExit?.code ?? 1))
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
