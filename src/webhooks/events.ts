import { PUBLICATION_TYPE_NAMES } from '@/api/v1/resources'

/** What partners can subscribe to: a publication became public, changed, or stopped being public. */
export const WEBHOOK_EVENTS = ['published', 'updated', 'unpublished'] as const
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number]

export const WEBHOOK_TYPES = PUBLICATION_TYPE_NAMES
