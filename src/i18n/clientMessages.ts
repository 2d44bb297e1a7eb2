import type { AbstractIntlMessages } from 'next-intl'

/**
 * The message namespaces client components read (`useTranslations` in a 'use client' file).
 * Only these travel to the browser, inside every page; everything else is rendered on the server.
 */
export const CLIENT_MESSAGE_NAMESPACES = ['site', 'publication', 'search', 'error'] as const

export function clientMessages(messages: AbstractIntlMessages): AbstractIntlMessages {
  return Object.fromEntries(
    CLIENT_MESSAGE_NAMESPACES.map((namespace) => [namespace, messages[namespace] ?? {}]),
  )
}
