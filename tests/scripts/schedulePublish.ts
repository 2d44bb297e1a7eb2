/**
 * Queues Payload's own `schedulePublish` job, exactly as the admin's "Schedule publish" does.
 * Usage: tsx tests/scripts/schedulePublish.ts <collection> <id> <ISO date>
 */
import type { PublicationCollection } from '../../src/publicationTypes'
import { runMain } from '../../src/services/runMain'
import { withPayload } from '../../src/services/withPayload'

const [collection, id, at] = process.argv.slice(2)
runMain(() =>
  withPayload((payload) =>
    payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: collection as PublicationCollection, value: id },
      },
      waitUntil: new Date(at),
    }),
  ),
)
