import { createHmac } from 'node:crypto'

import type { TaskConfig } from 'payload'

import { getEnv } from '@/env'

import { postToWebhookTarget, WebhookTargetRefused } from './postToWebhookTarget'

export const DELIVER_WEBHOOK_TASK = 'deliverWebhook'
const ATTEMPTS = 8
const TIMEOUT_MS = 10_000

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`: receivers check it with their secret. */
export function webhookSignature(secret: string, body: string, timestamp: number): string {
  const mac = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')
  return `t=${timestamp},v1=${mac}`
}

/**
 * POSTs one logged delivery, signed. A non-2xx answer or a network error fails the attempt and
 * the jobs queue retries with exponential back-off (1 s doubling, 8 attempts, about 4 minutes);
 * the log shows every attempt's outcome. Each attempt checks the target's addresses again as it
 * connects; an internal one fails the delivery at once, without a status code.
 */
export const deliverWebhookTask: TaskConfig<'deliverWebhook'> = {
  slug: DELIVER_WEBHOOK_TASK,
  label: 'Webhook zustellen',
  inputSchema: [{ name: 'delivery', type: 'text', required: true }],
  retries: { attempts: ATTEMPTS, backoff: { type: 'exponential', delay: 1_000 } },
  handler: async ({ input, req }) => {
    const { payload } = req
    const delivery = await payload.findByID({
      collection: 'webhookDeliveries',
      id: input.delivery,
      depth: 1,
      overrideAccess: true,
    })
    const subscription = delivery.subscription
    if (typeof subscription !== 'object' || !subscription.active || delivery.status !== 'pending') {
      return { output: { status: delivery.status } }
    }
    const body = JSON.stringify(delivery.body)
    const attempts = (delivery.attempts ?? 0) + 1
    let statusCode: number | undefined
    let error: string | undefined
    let refused = false
    try {
      const response = await postToWebhookTarget(subscription.url, {
        allowPrivate: getEnv().WEBHOOK_ALLOW_PRIVATE_TARGETS,
        headers: {
          'Content-Type': 'application/json',
          'User-Agent': 'Wissenshub-Webhooks/1',
          'Wissenshub-Event': String(delivery.event),
          'Wissenshub-Delivery': String(delivery.id),
          'Wissenshub-Signature': webhookSignature(
            subscription.secret ?? '',
            body,
            Math.floor(Date.now() / 1000),
          ),
        },
        body,
        timeoutMs: TIMEOUT_MS,
      })
      statusCode = response.status
      if (statusCode < 200 || statusCode > 299) error = `HTTP ${statusCode}`
    } catch (failure) {
      // A refused target is never contacted, so there is no status to report; nor is it retried.
      refused = failure instanceof WebhookTargetRefused
      error = refused
        ? 'Zustellung verweigert: das Ziel ist eine interne oder besondere Adresse.'
        : failure instanceof Error
          ? failure.message
          : String(failure)
    }
    const delivered = !error
    await payload.update({
      collection: 'webhookDeliveries',
      id: delivery.id,
      data: {
        attempts,
        lastStatusCode: statusCode ?? null,
        lastError: error ?? null,
        status: delivered ? 'delivered' : refused || attempts >= ATTEMPTS ? 'failed' : 'pending',
        ...(delivered ? { deliveredAt: new Date().toISOString() } : {}),
      },
      overrideAccess: true,
    })
    if (!delivered && !refused && attempts < ATTEMPTS)
      throw new Error(`Webhook delivery failed: ${error}`)
    return { output: { status: delivered ? 'delivered' : 'failed' } }
  },
}
