import { getEnv } from '@/env'

/**
 * Payload names files by absolute URL (its serverURL). Files it serves itself go to Next.js's
 * image optimiser as local paths (resized, modern formats); files on S3 are shown as they are,
 * so no remote host has to be allowed for the optimiser.
 */
export function imageSource(url: string): { src: string; unoptimized: boolean } {
  const own = new URL(getEnv().SERVER_URL)
  const parsed = new URL(url, own)
  return parsed.origin === own.origin
    ? { src: `${parsed.pathname}${parsed.search}`, unoptimized: false }
    : { src: parsed.href, unoptimized: true }
}
