import { getEnv } from '@/env'

// Literal private and loopback hosts; a partner's URL must not reach into the hub's network.
const PRIVATE_HOST =
  /^(localhost|127\.\d+\.\d+\.\d+|10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(1[6-9]|2\d|3[01])\.\d+\.\d+|169\.254\.\d+\.\d+|\[::1\]|0\.0\.0\.0)$/i

/** `true`, or why the URL cannot receive webhooks. */
export function validateWebhookUrl(value: string | null | undefined): true | string {
  let url: URL
  try {
    url = new URL(value ?? '')
  } catch {
    return 'Eine vollständige URL angeben, z. B. https://partner.example/hooks/wissenshub'
  }
  const { APP_ENV, WEBHOOK_ALLOW_PRIVATE_TARGETS } = getEnv()
  if (WEBHOOK_ALLOW_PRIVATE_TARGETS)
    return url.protocol === 'http:' || url.protocol === 'https:' ? true : 'Nur http(s)-URLs.'
  if (url.protocol !== 'https:' && APP_ENV === 'production')
    return 'Webhooks gehen nur an https-URLs.'
  if (PRIVATE_HOST.test(url.hostname))
    return 'Webhooks gehen nicht an interne oder lokale Adressen.'
  return true
}
