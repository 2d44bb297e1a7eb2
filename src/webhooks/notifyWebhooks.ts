import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  PayloadRequest,
  TaskConfig,
} from 'payload'

import { getPublication } from '@/api/v1/publications'
import { TYPE_NAME_OF } from '@/api/v1/resources'
import { publishedBefore } from '@/hooks/publishedBefore'
import { OUTBOX_RETRIES } from '@/jobs/outboxRetries'
import { PUBLICATION_COLLECTIONS, type PublicationCollection } from '@/publicationTypes'

import { DELIVER_WEBHOOK_TASK } from './deliverWebhook'
import { WEBHOOK_EVENTS, type WebhookEvent } from './events'

export const NOTIFY_WEBHOOKS_TASK = 'notifyWebhooks'

/**
 * Fans one event out to the partners subscribed to it: one logged delivery (and delivery job)
 * per subscription. It checks the event against what is public when it runs, so a draft saved
 * over a published item does not announce an unpublish, and an embargoed release is announced
 * only at the minute its embargo lifts.
 */
export const notifyWebhooksTask: TaskConfig<'notifyWebhooks'> = {
  slug: NOTIFY_WEBHOOKS_TASK,
  label: 'Webhooks auslösen',
  inputSchema: [
    { name: 'collection', type: 'select', options: [...PUBLICATION_COLLECTIONS], required: true },
    { name: 'id', type: 'text', required: true },
    { name: 'event', type: 'select', options: [...WEBHOOK_EVENTS], required: true },
  ],
  retries: OUTBOX_RETRIES,
  handler: async ({ input, req }) => {
    const { payload } = req
    const collection = input.collection as PublicationCollection
    const event = input.event as WebhookEvent
    // As API v1 shows it now, or nothing if it is not public.
    const publication = await getPublication(payload, collection, input.id, { language: 'de' })
    if ((event === 'unpublished') === Boolean(publication)) return { output: { deliveries: 0 } }

    const type = TYPE_NAME_OF[collection]
    const { docs: active } = await payload.find({
      collection: 'webhookSubscriptions',
      where: { and: [{ active: { equals: true } }, { events: { in: [event] } }] },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    // No types chosen means every type.
    const subscriptions = active.filter(
      (subscription) => !subscription.types?.length || subscription.types.includes(type),
    )
    const body = {
      event,
      type,
      id: input.id,
      occurredAt: new Date().toISOString(),
      data: publication ?? null,
    }
    for (const subscription of subscriptions) {
      const delivery = await payload.create({
        collection: 'webhookDeliveries',
        data: {
          subscription: subscription.id,
          partner: subscription.partner,
          event,
          body,
          status: 'pending',
          attempts: 0,
        },
        overrideAccess: true,
      })
      await payload.jobs.queue({
        task: DELIVER_WEBHOOK_TASK,
        input: { delivery: String(delivery.id) },
      })
    }
    return { output: { deliveries: subscriptions.length } }
  },
}

/** Queued with the save (in its transaction where the database has them), like the search sync. */
function queueNotify(
  req: PayloadRequest,
  collection: string,
  id: string | number,
  event: WebhookEvent,
  waitUntil?: Date,
) {
  return req.payload.jobs.queue({
    task: NOTIFY_WEBHOOKS_TASK,
    input: { collection: collection as PublicationCollection, id: String(id), event },
    waitUntil,
    req,
  })
}

export const queueWebhooksAfterChange: CollectionAfterChangeHook = async ({
  collection,
  doc,
  req,
}) => {
  const was = publishedBefore(req, collection.slug, doc.id) !== null
  const is = doc._status === 'published'
  if (!was && !is) return doc
  const event: WebhookEvent = is ? (was ? 'updated' : 'published') : 'unpublished'
  await queueNotify(req, collection.slug, doc.id, event)
  const embargoLiftsAt = doc.embargoUntil ? new Date(doc.embargoUntil) : undefined
  if (is && embargoLiftsAt && embargoLiftsAt > new Date()) {
    await queueNotify(req, collection.slug, doc.id, 'published', embargoLiftsAt)
  }
  return doc
}

export const queueWebhooksAfterDelete: CollectionAfterDeleteHook = async ({
  collection,
  doc,
  req,
}) => {
  if (doc?._status === 'published') await queueNotify(req, collection.slug, doc.id, 'unpublished')
}
