import type { Payload } from 'payload'

import { keepOutboxMoving } from './outboxUpkeep'
import { releaseStaleJobs, releaseStaleJobsNow } from './releaseStaleJobs'
import { queueDueScheduledJobs } from './scheduledJobs'

/** Jobs claimed per run; they run concurrently within it. */
const JOBS_PER_RUN = 50
// Idle polling is one small query; a quarter second keeps publish → searchable well under a second.
const IDLE_POLL_MS = 250

export type JobsWorker = {
  /** Resolves when the loop has stopped after `stop()`, with the number of runs made. */
  done: Promise<number>
  /** Finishes the run in progress (its jobs complete and are recorded), then stops. */
  stop: () => void
}

/**
 * The jobs runner outside the app: claims due jobs of every queue, runs them, and polls once a
 * quarter second when there is nothing to do. It also releases jobs that a runner which died left
 * processing. Payload claims jobs by reading their ids and then flagging them (two queries, no
 * compare-and-set), so two runners can claim the same job: run one worker and start the app
 * instances with `JOBS_AUTORUN=false`.
 */
export function startJobsWorker(payload: Payload): JobsWorker {
  let stopping = false
  let wake: () => void = () => undefined
  const pause = () =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, IDLE_POLL_MS)
      wake = () => {
        clearTimeout(timer)
        resolve()
      }
    })

  const loop = async () => {
    let runs = 0
    let lastRunFailed = false
    while (!stopping) {
      let idle = true
      try {
        if (lastRunFailed) {
          // A run that failed midway (the database went away) leaves the jobs it claimed marked
          // processing. Between runs this worker, the only runner, runs nothing: release them
          // now that the database answers, not after JOBS_STALE_AFTER_SECONDS.
          await releaseStaleJobs(payload, 0)
          lastRunFailed = false
        } else {
          await releaseStaleJobsNow(payload)
        }
        await keepOutboxMoving(payload)
        await queueDueScheduledJobs(payload)
        const result = await payload.jobs.run({ allQueues: true, limit: JOBS_PER_RUN })
        runs += 1
        idle = Boolean(result.noJobsRemaining)
      } catch (error) {
        lastRunFailed = true
        // The database may be down: keep polling, the jobs are still queued.
        payload.logger.error({ err: error }, 'Jobs run failed; retrying')
      }
      if (idle && !stopping) await pause()
    }
    return runs
  }

  return {
    done: loop(),
    stop: () => {
      stopping = true
      wake()
    },
  }
}
