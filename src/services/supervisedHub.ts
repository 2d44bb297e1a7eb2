import { startServices } from './embeddedServices'
import { startJobsWorkerProcess } from './jobsWorkerProcess'
import { buildIfNeeded, startNextServerProcess } from './nextServer'
import { supervise, type Supervised } from './supervisor'
import { supervisorStatusFile, writeSupervisorStatus } from './supervisorStatus'
import { waitForHttp } from './waitForHttp'

type HubArgs = {
  root: string
  dataDir: string
  toolsDir: string
  port: number
  dev: boolean
  /** Run the jobs worker (`JOBS_AUTORUN`); false when a worker runs elsewhere. */
  runsJobs: boolean
  log: (line: string) => void
}

/**
 * What `npm start` runs, each process supervised (restarted with back-off when it ends
 * unexpectedly, its state in `<data>/supervisor.json` for `/api/ready`): FerretDB and
 * Meilisearch (unless external), the jobs worker, the Next.js server. `stop()` may be called at
 * any time, also during `start()`; it stops the app processes first (requests and jobs in flight
 * finish), then the services, each within 10 s of its SIGTERM.
 */
export function supervisedHub({ root, dataDir, toolsDir, port, dev, runsJobs, log }: HubArgs) {
  const statusFile = supervisorStatusFile(dataDir)
  const services: Supervised[] = []
  const apps: Supervised[] = []
  const report = () => {
    try {
      writeSupervisorStatus(
        statusFile,
        [...services, ...apps].map((proc) => proc.status()),
      )
    } catch (error) {
      // A full disk must not take the supervisor down with it; /api/ready then reports old news.
      log(`Could not write ${statusFile}: ${error instanceof Error ? error.message : error}`)
    }
  }
  let stopping = false
  let starting: Promise<void> | undefined

  const run = async () => {
    const running = await startServices({ dataDir, toolsDir, log, onChange: report })
    services.push(...running.embedded)
    report()
    const env = {
      ...process.env,
      ...running.env,
      // The worker runs the jobs, so that on SIGTERM those in progress finish before the
      // database and search stop.
      JOBS_AUTORUN: 'false',
      WISSENSHUB_SUPERVISOR_STATUS: statusFile,
    }
    if (runsJobs && !stopping) {
      const start = (attempt: number) =>
        startJobsWorkerProcess({ root, env, prepare: attempt === 0 })
      apps.push(await supervise({ name: 'jobs worker', start, log, onChange: report }))
      report()
    }
    if (stopping) return
    if (!dev) buildIfNeeded(root, log)
    // The build blocks this process: a SIGTERM that came meanwhile is handled only now.
    await new Promise((resolve) => setImmediate(resolve))
    if (stopping) return
    const start = () => startNextServerProcess({ root, port, env, mode: dev ? 'dev' : 'start' })
    apps.push(await supervise({ name: 'Next.js server', start, log, onChange: report }))
    report()
  }

  return {
    statusFile,
    start: () => {
      starting = run()
      return starting
    },
    stop: async () => {
      stopping = true
      // Before anything is stopped: a child that ends now (Ctrl+C reaches the whole process
      // group) is not mistaken for a crash.
      for (const proc of [...apps, ...services]) proc.standDown()
      // A step in progress (a process starting) ends within its own time limit.
      await starting?.catch(() => undefined)
      await Promise.all(apps.map((proc) => proc.stop()))
      await Promise.all(services.map((proc) => proc.stop()))
      for (const group of [apps, services]) {
        const ended = group.map((proc) => `${proc.name} (${proc.howItEnded()})`)
        if (ended.length) log(`Stopped ${ended.join(', ')}`)
      }
    },
    /** Logs once the site answers `/api/ready`. */
    announceWhenReady: (startedAt: number) => {
      const serverUrl = `http://localhost:${port}`
      void waitForHttp(`${serverUrl}/api/ready`).then((ok) => {
        if (!ok) return
        const seconds = ((performance.now() - startedAt) / 1000).toFixed(1)
        log(
          `Ready in ${seconds} s: site ${serverUrl}  ·  admin ${serverUrl}/admin  ·  API ${serverUrl}/api`,
        )
      })
    },
  }
}
