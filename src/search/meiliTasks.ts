import type { EnqueuedTask, Task } from 'meilisearch'

import { getMeiliAdmin } from './meiliClients'

// One request per interval for every task this process waits for, however many jobs wait: the
// client's own waitTask polls once per task, and 50 concurrent jobs doing so slowed the very
// queue they waited on.
const POLL_MS = 100
// Longer than Meilisearch takes for a batch even behind a reindex; a job that gives up is
// retried and enqueues its change again, which is harmless (the sync is idempotent).
const TIMEOUT_MS = 120_000
// Meilisearch limits the length of a task filter; more waiting tasks are asked in slices.
const UIDS_PER_REQUEST = 500

const FINISHED = new Set(['succeeded', 'failed', 'canceled'])

type Waiter = {
  resolve: (task: Task) => void
  reject: (error: Error) => void
  deadline: number
}

const waiting = new Map<number, Waiter[]>()
let polling = false

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function settle(uid: number, outcome: { task: Task } | { error: Error }) {
  for (const waiter of waiting.get(uid) ?? []) {
    if ('task' in outcome) waiter.resolve(outcome.task)
    else waiter.reject(outcome.error)
  }
  waiting.delete(uid)
}

async function askMeilisearch(uids: number[]) {
  const { results } = await getMeiliAdmin().tasks.getTasks({ uids, limit: uids.length })
  const known = new Set(results.map((task) => task.uid))
  for (const task of results) {
    if (FINISHED.has(task.status)) settle(task.uid, { task })
  }
  // Meilisearch answered but no longer knows the task: it was lost (a crash before it was
  // stored). The change has to be sent again.
  for (const uid of uids) {
    if (!known.has(uid)) {
      settle(uid, { error: new Error(`Meilisearch task ${uid} is unknown to Meilisearch`) })
    }
  }
}

async function pollWhileWaiting() {
  while (waiting.size > 0) {
    await sleep(POLL_MS)
    const uids = [...waiting.keys()]
    for (let start = 0; start < uids.length; start += UIDS_PER_REQUEST) {
      // Unreachable Meilisearch (restarting): ask again next time, until the deadline.
      await askMeilisearch(uids.slice(start, start + UIDS_PER_REQUEST)).catch(() => undefined)
    }
    const now = Date.now()
    for (const [uid, waiters] of waiting) {
      if (waiters.every((waiter) => waiter.deadline <= now)) {
        settle(uid, {
          error: new Error(`Meilisearch task ${uid} did not finish within ${TIMEOUT_MS} ms`),
        })
      }
    }
  }
}

function keepPolling() {
  if (polling) return
  polling = true
  void pollWhileWaiting().finally(() => {
    polling = false
    // A task may have been added after the loop saw none left.
    if (waiting.size > 0) keepPolling()
  })
}

/**
 * Resolves once Meilisearch has applied the task, and rejects if it failed, was lost or did not
 * finish in time: a search sync is done only when the change is in the index, so a job never
 * completes for a change that Meilisearch dropped.
 */
export async function appliedByMeilisearch(enqueued: EnqueuedTask): Promise<Task> {
  const task = await new Promise<Task>((resolve, reject) => {
    const waiters = waiting.get(enqueued.taskUid) ?? []
    waiters.push({ resolve, reject, deadline: Date.now() + TIMEOUT_MS })
    waiting.set(enqueued.taskUid, waiters)
    keepPolling()
  })
  if (task.status !== 'succeeded') {
    throw new Error(
      `Meilisearch task ${task.uid} (${task.type} on ${task.indexUid}) ${task.status}: ${
        task.error?.message ?? 'no reason given'
      }`,
    )
  }
  return task
}
