/**
 * Prints the public search records of the given talks, built three ways, for a test to compare:
 * by the reindex's read in slices of two (so slice boundaries fall between any two talks), in
 * its own slice size, and one publication at a time as the sync job reads it. Only the given
 * talks are printed: other tests change other publications while this runs.
 * Usage: tsx tests/scripts/publicRecords.ts <talk id>…
 * Each record is printed as `<index language> <record id> <text language> <content hash>`.
 */
import type { IndexedRecord } from '../../src/search/searchRecord'
import { loadServerModules } from '../../src/services/loadServerModules'
import { runMain } from '../../src/services/runMain'
import { withPayload } from '../../src/services/withPayload'

const talkIds = process.argv.slice(2)
const describeRecord = (record: IndexedRecord) =>
  `${record.indexLanguage} ${record.id} ${record.language} ${record.contentHash}`

runMain(() =>
  withPayload(async (payload) => {
    const { buildSearchRecords, publicRecordSlices } = loadServerModules()
    const inSlices = async (sliceSize?: number) => {
      const lines: string[] = []
      for await (const batch of publicRecordSlices(payload, sliceSize)) {
        const ours = batch.filter((record) => talkIds.includes(record.docId))
        lines.push(...ours.map(describeRecord))
      }
      return lines.sort()
    }
    const onePublicationAtATime: string[] = []
    for (const id of talkIds) {
      const records = await buildSearchRecords({ payload, collection: 'talks', id })
      onePublicationAtATime.push(...records.map(describeRecord))
    }
    console.log(
      JSON.stringify({
        slicesOfTwo: await inSlices(2),
        defaultSlices: await inSlices(),
        onePublicationAtATime: onePublicationAtATime.sort(),
      }),
    )
  }),
)
