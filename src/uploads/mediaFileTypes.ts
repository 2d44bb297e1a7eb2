/** What the media library accepts: each type with its file name endings and largest size. */
export type MediaFileType = { mime: string; extensions: string[]; maxBytes: number }

const MB = 1024 * 1024

export const MEDIA_FILE_TYPES: MediaFileType[] = [
  { mime: 'image/jpeg', extensions: ['jpg', 'jpeg'], maxBytes: 15 * MB },
  { mime: 'image/png', extensions: ['png'], maxBytes: 15 * MB },
  { mime: 'image/webp', extensions: ['webp'], maxBytes: 15 * MB },
  { mime: 'image/avif', extensions: ['avif'], maxBytes: 15 * MB },
  // Text: Payload inspects SVGs and refuses scripts and event handlers in them.
  { mime: 'image/svg+xml', extensions: ['svg'], maxBytes: 2 * MB },
  { mime: 'application/pdf', extensions: ['pdf'], maxBytes: 25 * MB },
]

/** The largest upload of any type; `src/proxy.ts` and Payload's parser stop bigger bodies. */
export const MEDIA_MAX_BYTES = Math.max(...MEDIA_FILE_TYPES.map((type) => type.maxBytes))

export function mediaFileTypeByExtension(extension: string): MediaFileType | undefined {
  return MEDIA_FILE_TYPES.find((type) => type.extensions.includes(extension.toLowerCase()))
}
