import sharp from 'sharp'

import { stack } from './api'

export type UploadedMedia = { id: string; filename: string; url: string }

/**
 * Uploads a PNG of one colour (real image bytes, made with sharp) to the media library through
 * multipart REST, as the admin's upload form does, with `headers`' user; anything but 201 throws.
 */
export async function uploadPng({
  headers,
  filename,
  width,
  height,
  background = { r: 20, g: 90, b: 160 },
  data,
}: {
  headers: Record<string, string>
  filename: string
  width: number
  height: number
  background?: { r: number; g: number; b: number }
  /** The media document's fields (alt, credit, …). */
  data: Record<string, unknown>
}): Promise<UploadedMedia> {
  const bytes = await sharp({ create: { width, height, channels: 3, background } })
    .png()
    .toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), filename)
  form.append('_payload', JSON.stringify(data))
  const response = await fetch(new URL('/api/media', stack().appUrl), {
    method: 'POST',
    headers,
    body: form,
  })
  if (response.status !== 201) {
    throw new Error(`upload of ${filename} failed: ${response.status} ${await response.text()}`)
  }
  return ((await response.json()) as { doc: UploadedMedia }).doc
}
