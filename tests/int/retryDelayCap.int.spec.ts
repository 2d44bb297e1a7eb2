import { MongoClient } from 'mongodb'

import { eventually, stack } from '../helpers/api'

// MAX_RETRY_DELAY_MS and OUTBOX_ATTEMPTS of src/jobs/ (not imported: they load the tasks).
const MAX_RETRY_DELAY_MS = 30_000
const OUTBOX_ATTEMPTS = 250

/**
 * A sync job that failed often (say, all through a Meilisearch outage) carries a next try far
 * ahead under Payload's uncapped back-off. The runner brings it forward to at most 30 s.
 */
describe('retries of the search outbox', () => {
  it('wait at most 30 s, whatever the back-off says; a job not yet tried keeps its time', async () => {
    const client = await MongoClient.connect(stack().databaseUri)
    const jobs = client.db().collection('payload-jobs')
    const inAnHour = new Date(Date.now() + 3_600_000)
    const job = (totalTried: number, hasError = false) => ({
      taskSlug: 'syncPublication',
      // A talk that does not exist: the sync removes its (absent) record and is done.
      input: { collection: 'talks', id: '0123456789abcdef01234567' },
      queue: 'default',
      processing: false,
      hasError,
      totalTried,
      waitUntil: inAnHour,
      log: [],
      createdAt: new Date(),
      updatedAt: new Date(),
    })
    try {
      const { insertedId: retried } = await jobs.insertOne(job(12))
      const { insertedId: scheduled } = await jobs.insertOne(job(0))
      const insertedAt = Date.now()
      await eventually(
        'the retried job ran (done jobs are deleted)',
        async () => (await jobs.countDocuments({ _id: retried })) === 0,
        MAX_RETRY_DELAY_MS + 30_000,
      )
      // It waited for the capped time, not an hour.
      expect(Date.now() - insertedAt).toBeLessThan(MAX_RETRY_DELAY_MS + 30_000)
      const untouched = await jobs.findOne({ _id: scheduled })
      expect(untouched?.waitUntil).toEqual(inAnHour)
      await jobs.deleteOne({ _id: scheduled })
    } finally {
      await client.close()
    }
  }, 120_000)

  it('runs again a job failed outside its task before its tries ran out, not one that used them all', async () => {
    const client = await MongoClient.connect(stack().databaseUri)
    const jobs = client.db().collection('payload-jobs')
    const failed = (totalTried: number) => ({
      taskSlug: 'syncPublication',
      input: { collection: 'talks', id: '0123456789abcdef01234567' },
      queue: 'default',
      processing: false,
      hasError: true,
      error: { name: 'Error', message: 'connection 54 to 127.0.0.1:36565 closed' },
      totalTried,
      log: [],
      createdAt: new Date(),
      updatedAt: new Date(),
    })
    try {
      const { insertedId: once } = await jobs.insertOne(failed(1))
      const { insertedId: exhausted } = await jobs.insertOne(failed(OUTBOX_ATTEMPTS))
      await eventually(
        'the job failed after one try ran again (done jobs are deleted)',
        async () => (await jobs.countDocuments({ _id: once })) === 0,
      )
      expect(await jobs.findOne({ _id: exhausted })).toMatchObject({ hasError: true })
      await jobs.deleteOne({ _id: exhausted })
    } finally {
      await client.close()
    }
  }, 120_000)
})
