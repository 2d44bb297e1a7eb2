/**
 * Prints every public search record, built three ways, for a test to compare: the reindex's read
 * in batches of two (so batch boundaries fall everywhere), in its own batch size, and one
 * publication at a time as the sync job reads it. Usage: tsx tests/scripts/publicRecords.ts
 * Each record is printed as `<index language> <record id> <text language> <content hash>`.
 */
import { PUBLICATION_COLLECTIONS } from '../../src/publicationTypes'
import type { IndexedRecord } from '../../src/search/searchRecord'
import { loadServerModules } from '../../src/services/loadServerModules'
import { runMain } from '../../src/services/runMain'
import { withPayload } from '../../src/services/withPayload'

const describeRecord = (record: IndexedRecord) =>
  `${record.indexLanguage} ${record.id} ${record.language} ${record.contentHash}`

runMain(() =>
  withPayload(async (payload) => {
    const { buildSearchRecords, publicRecordBatches } = loadServerModules()
    const inBatches = async (batchSize?: number) => {
      const lines: string[] = []
      for await (const batch of publicRecordBatches(payload, batchSize)) {
        lines.push(...batch.map(describeRecord))
      }
      return lines.sort()
    }
    const onePublicationAtATime: string[] = []
    for (const collection of PUBLICATION_COLLECTIONS) {
      const { docs } = await payload.find({
        collection,
        pagination: false,
        depth: 0,
        select: {},
        overrideAccess: true,
      })
      for (const { id } of docs) {
        const records = await buildSearchRecords({ payload, collection, id: String(id) })
        onePublicationAtATime.push(...records.map(describeRecord))
      }
    }
    console.log(
      JSON.stringify({
        batchesOfTwo: await inBatches(2),
        defaultBatches: await inBatches(),
        onePublicationAtATime: onePublicationAtATime.sort(),
      }),
    )
  }),
)
