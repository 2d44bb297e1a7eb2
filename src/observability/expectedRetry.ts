/**
 * A jobs task that failed for a reason outside the hub — Meilisearch slow or unreachable, a
 * partner's webhook receiver down — and that Payload will run again (its backoff is the plan,
 * not an accident): one info line, not an error with a stack. The last attempt ("max retries
 * reached") and every other error stay errors.
 *
 * Payload wraps a task's error in a `TaskError` that keeps only the message, so the causes are
 * recognised by the messages meilisearch-js and our webhook task write.
 */
const TRANSIENT_FAILURES = [
  /^timeout of \d+ms has exceeded on task \d+ when waiting for it to be resolved/, // task wait
  /^request timed out after \d+ms/, // MeilisearchRequestTimeOutError
  /^Request to \S+ has failed/, // MeilisearchRequestError (unreachable)
  /^Webhook delivery failed: /, // src/webhooks/deliverWebhook.ts, retried with backoff
]

export function expectedRetryOf(first: unknown): { msg: string; taskSlug?: string } | undefined {
  if (typeof first !== 'object' || first === null || !('err' in first) || !('msg' in first)) {
    return undefined
  }
  const { err, msg } = first as { err: unknown; msg: unknown }
  if (typeof msg !== 'string' || !/^Error running (task|job) /.test(msg)) return undefined
  if (msg.includes('max retries reached')) return undefined
  const message =
    typeof err === 'object' && err !== null && 'message' in err ? String(err.message) : ''
  if (!TRANSIENT_FAILURES.some((pattern) => pattern.test(message))) return undefined
  const taskSlug = 'taskSlug' in first ? String(first.taskSlug) : undefined
  return {
    msg: `${msg.replace(/^Error running/, 'Will retry')}: ${message}`,
    ...(taskSlug ? { taskSlug } : {}),
  }
}
