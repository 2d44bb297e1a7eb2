import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'

import type { AppEnv } from '@/env'

/** `smtp://user:pass@host:587` (STARTTLS when offered) or `smtps://…:465` (TLS from the start). */
export function smtpOptionsFrom(smtpUrl: string) {
  const url = new URL(smtpUrl)
  const secure = url.protocol === 'smtps:'
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    ...(url.username
      ? {
          auth: {
            user: decodeURIComponent(url.username),
            pass: decodeURIComponent(url.password),
          },
        }
      : {}),
  }
}

/**
 * Mail over SMTP when `SMTP_URL` is set. Without it Payload's console adapter logs each message
 * (recipients and subject) instead of sending it. The transport is not verified at start: a mail
 * server that is down then delays the review notifications (their job retries) but not the app.
 */
export function emailAdapter(env: AppEnv): Promise<EmailAdapter> | undefined {
  if (!env.SMTP_URL || !env.EMAIL_FROM) return undefined
  return nodemailerAdapter({
    defaultFromAddress: env.EMAIL_FROM,
    defaultFromName: 'Wissenshub',
    transportOptions: smtpOptionsFrom(env.SMTP_URL),
    skipVerify: true,
  })
}
