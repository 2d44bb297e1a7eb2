/**
 * A jobs task that failed because Meilisearch was slow or unreachable, and that Payload will run
 * again (its backoff is the plan, not an accident): one info line, not an error with a stack.
 * The last attempt ("max retries reached") and every other error stay errors.
 */

// meilisearch-js sets these names explicitly, so they survive minification.
const RETRYABLE_ERRORS = new Set([
  'MeilisearchTaskTimeOutError',
  'MeilisearchRequestTimeOutError',
  'MeilisearchRequestError',
])

export function expectedRetryOf(first: unknown): { msg: string; taskSlug?: string } | undefined {
  if (typeof first !== 'object' || first === null || !('err' in first) || !('msg' in first)) {
    return undefined
  }
  const { err, msg } = first as { err: unknown; msg: unknown }
  if (typeof msg !== 'string' || !/^Error running (task|job) /.test(msg)) return undefined
  if (msg.includes('max retries reached')) return undefined
  const name = typeof err === 'object' && err !== null && 'name' in err ? String(err.name) : ''
  if (!RETRYABLE_ERRORS.has(name)) return undefined
  const message = 'message' in (err as object) ? String((err as { message: unknown }).message) : ''
  const taskSlug = 'taskSlug' in first ? String(first.taskSlug) : undefined
  return {
    msg: `${msg.replace(/^Error running/, 'Will retry')} (${name}: ${message})`,
    ...(taskSlug ? { taskSlug } : {}),
  }
}
