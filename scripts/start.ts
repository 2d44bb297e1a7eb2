/**
 * `npm start`: starts the embedded database and Meilisearch (unless DATABASE_URI / MEILI_HOST
 * point elsewhere), prepares the search indexes, seeds demo content into an empty database,
 * builds if the sources changed, and serves site and admin on http://localhost:$PORT.
 */
import { jobsRunInThisProcess } from '../src/env'
import { startServices } from '../src/services/embeddedServices'
import { loadServerModules } from '../src/services/loadServerModules'
import { buildIfNeeded, spawnNextServer } from '../src/services/nextServer'
import { waitForHttp } from '../src/services/waitForHttp'
import { projectPaths } from '../src/services/paths'
import { withPayload } from '../src/services/withPayload'

const log = (line: string) => console.log(`[wissenshub] ${line}`)

async function main() {
  const dev = process.argv.includes('--dev')
  const startedAt = performance.now()
  const { root, dataDir, toolsDir } = projectPaths()
  const port = Number(process.env.PORT || 3000)
  // Links in the API, feeds and OAI-PMH name this address unless an operator sets another.
  process.env.SERVER_URL ||= `http://localhost:${port}`

  const services = await startServices({ dataDir, toolsDir, log })
  Object.assign(process.env, services.env)
  // Read before withPayload switches the runner off for its own boot.
  const appRunsJobs = jobsRunInThisProcess()
  let stopRequested = false
  let shuttingDown = false
  const shutdown = async (code: number) => {
    if (shuttingDown) return
    shuttingDown = true
    await services.stop()
    const ended = services.embedded.map((proc) => `${proc.name} (${proc.howItEnded()})`)
    if (ended.length) log(`Stopped ${ended.join(', ')}`)
    process.exit(code)
  }

  try {
    const { ensureSearchIndexes, releaseStaleJobs, seedDemoContent } = loadServerModules()
    await withPayload(async (payload) => {
      // Payload's onInit applied the settings already; this surfaces its error, if any.
      await ensureSearchIndexes()
      const { totalDocs } = await payload.count({ collection: 'talks' })
      if (totalDocs === 0) await seedDemoContent(payload, log)
      // With JOBS_AUTORUN on, the app about to start is the only runner, so a job still marked
      // processing was left by a previous run that was killed: run it again now, not in 15 min.
      if (appRunsJobs) await releaseStaleJobs(payload, 0)
    })
    if (!dev) buildIfNeeded(root, log)
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    await shutdown(1)
  }

  const server = spawnNextServer({ root, port, env: process.env, mode: dev ? 'dev' : 'start' })
  const serverUrl = `http://localhost:${port}`
  void waitForHttp(`${serverUrl}/api/ready`).then((ok) => {
    if (!ok) return
    const seconds = ((performance.now() - startedAt) / 1000).toFixed(1)
    log(
      `Ready in ${seconds} s: site ${serverUrl}  ·  admin ${serverUrl}/admin  ·  API ${serverUrl}/api`,
    )
  })
  // On SIGTERM Next.js stops accepting connections, lets the requests in flight finish, and
  // exits with 143; only then are the database and search stopped, so no request loses them.
  server.on('exit', (code, signal) => {
    const stoppedAsAsked = stopRequested && (code === 0 || code === 143 || signal === 'SIGTERM')
    void shutdown(stoppedAsAsked ? 0 : (code ?? 1))
  })
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (!stopRequested) log(`${signal}: finishing requests in flight, then stopping`)
      stopRequested = true
      server.kill('SIGTERM')
    })
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
