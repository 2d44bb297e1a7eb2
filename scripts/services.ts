/** `npm run services`: runs only the embedded FerretDB and Meilisearch, e.g. beside `next dev`. */
import { startServices } from '../src/services/embeddedServices'
import { projectPaths } from '../src/services/paths'

async function main() {
  const { dataDir, toolsDir } = projectPaths()
  const services = await startServices({ dataDir, toolsDir })
  console.log('Services running. Use these in another shell (Ctrl+C stops them):')
  for (const [key, value] of Object.entries(services.env)) {
    if (!/SECRET|KEY/.test(key)) console.log(`  export ${key}=${value}`)
  }
  console.log(`  (secrets are in ${dataDir}/secrets.json)`)
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => void services.stop().then(() => process.exit(0)))
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
