/**
 * `npm start`: starts the embedded database and Meilisearch (unless DATABASE_URI / MEILI_HOST
 * point elsewhere), the jobs worker (which prepares the search indexes and seeds demo content
 * into an empty database) and, after a build if the sources changed, the site and admin on
 * http://localhost:$PORT. Each is restarted when it ends unexpectedly (src/services/supervisor.ts).
 * SIGTERM or Ctrl+C: requests and jobs in flight finish, then all stops.
 */
import { jobsRunInThisProcess } from '../src/env'
import { projectPaths } from '../src/services/paths'
import { supervisedHub } from '../src/services/supervisedHub'

const log = (line: string) => console.log(`[wissenshub] ${line}`)

async function main() {
  const startedAt = performance.now()
  const { root, dataDir, toolsDir } = projectPaths()
  const port = Number(process.env.PORT || 3000)
  // Links in the API, feeds and OAI-PMH name this address unless an operator sets another.
  process.env.SERVER_URL ||= `http://localhost:${port}`
  const hub = supervisedHub({
    root,
    dataDir,
    toolsDir,
    port,
    dev: process.argv.includes('--dev'),
    runsJobs: jobsRunInThisProcess(),
    log,
  })

  let stopping: Promise<void> | undefined
  const stop = (code: number) => {
    stopping ??= hub.stop().then(() => process.exit(code))
    return stopping
  }
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      if (!stopping) log(`${signal}: finishing requests and jobs in flight, then stopping`)
      void stop(0)
    })
  }
  try {
    await hub.start()
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    await stop(1)
  }
  if (!stopping) hub.announceWhenReady(startedAt)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
