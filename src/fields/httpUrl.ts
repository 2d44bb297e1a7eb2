import type { TextField } from 'payload'

export const HTTP_URL_MESSAGE =
  'Nur Adressen mit http:// oder https:// sind erlaubt, z. B. https://example.org/folien.pdf / only http(s) URLs are allowed.'

/** An absolute http(s) address: never `javascript:`, `data:` or another scheme a browser runs. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== ''
  } catch {
    return false
  }
}

export const validateHttpUrl = (value: unknown): true | string =>
  value === null ||
  value === undefined ||
  value === '' ||
  (typeof value === 'string' && isHttpUrl(value)) ||
  HTTP_URL_MESSAGE

/**
 * A text field holding a link the site renders (slides, video, a reference, a website). Payload
 * skips `validate` for drafts, so `custom.httpUrl` has src/hooks/rejectMalformedValues check
 * drafts too: an author's draft is shown to editors in the live preview.
 */
export function httpUrlField({ name, label }: Pick<TextField, 'name' | 'label'>): TextField {
  return {
    name,
    label,
    type: 'text',
    validate: validateHttpUrl,
    custom: { httpUrl: true },
    admin: { placeholder: 'https://…' },
  }
}
