import { requiredWhen } from '@/fields/requiredWhen'

/**
 * Alt text and credit describe a picture: required when the upload is an image, optional for a
 * PDF, which carries its own title and rights. Payload reads the file's type before it validates
 * fields, so `mimeType` is known on the first save too.
 */
export const requiredForImages = requiredWhen((data) => {
  const mimeType = (data as { mimeType?: unknown } | null)?.mimeType
  return typeof mimeType === 'string' && mimeType.startsWith('image/')
})
