import { projectPaths } from '../../src/services/paths'
import { randomSecret, startThrowawayStack } from '../../src/services/throwawayStack'
import { makeTmpDir, writeStack } from './testStack'

/** Real FerretDB, Meilisearch and a production Next.js server on free ports, fresh data dirs. */
export default async function globalSetup() {
  const { root, toolsDir } = projectPaths()
  const tmpDir = makeTmpDir()
  const log = (line: string) => console.log(`[test stack] ${line}`)
  const stack = await startThrowawayStack({
    root,
    toolsDir,
    dir: tmpDir,
    database: 'wissenshub_test',
    log,
    // Short rate-limit windows and account locks, so a test can see a client recover; webhook
    // receivers run on this machine.
    env: {
      API_RATE_LIMIT_WINDOW_SECONDS: '5',
      WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
      LOGIN_MAX_ATTEMPTS: '5',
      LOGIN_LOCK_SECONDS: '3',
      AUTH_RATE_LIMIT_PER_ACCOUNT: '10',
      AUTH_RATE_LIMIT_PER_ADDRESS: '40',
      AUTH_RATE_LIMIT_WINDOW_SECONDS: '30',
    },
  })

  const admin = { email: 'admin@test.wissenshub.local', password: randomSecret() }
  const register = await fetch(`${stack.appUrl}/api/users/first-register`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(admin),
  })
  if (!register.ok)
    throw new Error(`first-register failed: ${register.status} ${await register.text()}`)

  writeStack({ ...stack, root, tmpDir, admin })
  log(
    `app ${stack.appUrl} (log: ${stack.serverLog}), Meilisearch ${stack.meili.host}, FerretDB ${stack.databaseUri}`,
  )
}
