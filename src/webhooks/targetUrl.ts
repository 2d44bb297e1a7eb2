import { getEnv } from '@/env'

import { checkWebhookTarget } from './targetAddress'

/** `true`, or why the URL cannot receive webhooks (the field's validation when subscribing). */
export async function validateWebhookUrl(value: string | null | undefined): Promise<true | string> {
  const { APP_ENV, WEBHOOK_ALLOW_PRIVATE_TARGETS } = getEnv()
  const checked = await checkWebhookTarget(value ?? '', {
    allowPrivate: WEBHOOK_ALLOW_PRIVATE_TARGETS,
  })
  if (checked !== true) return checked
  if (!WEBHOOK_ALLOW_PRIVATE_TARGETS && APP_ENV === 'production' && !value?.startsWith('https:'))
    return 'Webhooks gehen nur an https-URLs.'
  return true
}
