/**
 * Queues Payload's own `schedulePublish` job, exactly as the admin's "Schedule publish" does.
 * Usage: tsx tests/scripts/schedulePublish.ts <collection> <id> <seconds from now>
 * The time is taken once Payload runs (its start-up takes a while on a busy machine) and printed.
 */
import type { PublicationCollection } from '../../src/publicationTypes'
import { runMain } from '../../src/services/runMain'
import { withPayload } from '../../src/services/withPayload'

const [collection, id, seconds] = process.argv.slice(2)
runMain(() =>
  withPayload(async (payload) => {
    const waitUntil = new Date(Date.now() + Number(seconds) * 1000)
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: collection as PublicationCollection, value: id },
      },
      waitUntil,
    })
    console.log(`scheduled for ${waitUntil.toISOString()}`)
  }),
)
