import { createRequire } from 'node:module'

import type * as ServerModules from './serverModules'

const requireModule = createRequire(import.meta.url)

/**
 * Loads Payload, the config and the server modules for a script, through tsx's synchronous
 * CommonJS hook rather than `import()`.
 *
 * Why: on Node 20, a dynamic `import()` of this graph through tsx's asynchronous ESM loader
 * sometimes never settles (measured: 3 to 5 hangs in 8 runs; with `--no-warnings` the process
 * may also just exit with code 13). Every dependency loads with `require()` on Node ≥ 20.19,
 * and this path did not hang once in 30 runs. Next.js bundles its own way and is unaffected.
 */
export function loadServerModules(): typeof ServerModules {
  return requireModule('./serverModules')
}
