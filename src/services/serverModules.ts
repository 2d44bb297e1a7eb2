// The server side of the app that scripts need: Payload with our config, search setup, seed.
import { getPayload } from 'payload'

import config from '../../payload.config'

export { startJobsWorker } from '../jobs/jobsWorker'
export { releaseStaleJobs } from '../jobs/releaseStaleJobs'
export { createBackup } from '../backup/createBackup'
export { restoreBackup } from '../backup/restoreBackup'
export { ensureSearchIndexes } from '../search/ensureSearchIndexes'
export { publicationsIndexSettings } from '../search/indexes'
export { ensurePublicSearchKey, getMeiliAdmin } from '../search/meiliClients'
export { publicRecordSlices } from '../search/publicRecords'
export { reconcileSearchIndexes } from '../search/reconcile'
export { rebuildSearchIndexes } from '../search/reindex'
export { buildSearchRecords } from '../search/searchRecord'
export { syncPublication } from '../search/syncPublication'
export { seedDemoContent } from '../seed/seedDemoContent'

export const bootPayload = () => getPayload({ config })
