/** `npm run setup`: builds the embedded database (FerretDB) once; `npm start` does it too. */
import { ensureFerretdbBinary } from '../src/services/ferretdb'
import { meilisearchBinaryPath } from '../src/services/meilisearch'
import { projectPaths } from '../src/services/paths'

const { toolsDir } = projectPaths()
console.log(`FerretDB:    ${ensureFerretdbBinary(toolsDir)}`)
console.log(`Meilisearch: ${meilisearchBinaryPath()} (sha256 verified)`)
