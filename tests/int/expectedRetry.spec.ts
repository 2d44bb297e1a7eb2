import { describe, expect, it } from '@jest/globals'

import { expectedRetryOf } from '../../src/observability/expectedRetry'

// As Payload logs it: its TaskError keeps only the message of the task's error.
const timedOut = Object.assign(
  new Error('timeout of 5000ms has exceeded on task 42 when waiting for it to be resolved.'),
  { name: 'TaskError' },
)

describe('an expected retry of a jobs task', () => {
  it('becomes one line without a stack when Meilisearch was slow and the task runs again', () => {
    const line = expectedRetryOf({
      err: timedOut,
      msg: 'Error running task syncPublication-1. Attempt 1/26',
      taskSlug: 'syncPublication',
    })
    expect(line).toEqual({
      msg: 'Will retry task syncPublication-1. Attempt 1/26: timeout of 5000ms has exceeded on task 42 when waiting for it to be resolved.',
      taskSlug: 'syncPublication',
    })
    expect(JSON.stringify(line)).not.toMatch(/at .*\.js/)
  })

  it('stays an error on the last attempt or for any other error', () => {
    expect(
      expectedRetryOf({
        err: timedOut,
        msg: 'Error running task x. Attempt 25 - max retries reached',
      }),
    ).toBeUndefined()
    expect(
      expectedRetryOf({ err: new TypeError('bug'), msg: 'Error running task x. Attempt 1/26' }),
    ).toBeUndefined()
    expect(expectedRetryOf({ err: timedOut, msg: 'Something else' })).toBeUndefined()
  })
})
