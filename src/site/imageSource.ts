import { getEnv } from '@/env'

/**
 * Payload names files by absolute URL (its serverURL). Files it serves itself go to Next.js's
 * image optimiser as local paths (resized, modern formats); files on S3 are shown as they are,
 * so no remote host has to be allowed for the optimiser. The optimiser fetches as an anonymous
 * visitor, so a file not yet public (an editor's preview of a draft) goes straight to the file
 * route, with the editor's session.
 */
export function imageSource(url: string, isPublic = true): { src: string; unoptimized: boolean } {
  const own = new URL(getEnv().SERVER_URL)
  const parsed = new URL(url, own)
  if (parsed.origin !== own.origin) return { src: parsed.href, unoptimized: true }
  return { src: `${parsed.pathname}${parsed.search}`, unoptimized: !isPublic }
}
