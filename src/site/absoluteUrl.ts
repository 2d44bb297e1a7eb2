import { getEnv } from '@/env'

/** A site path as the absolute URL feeds, sitemaps, citations and JSON-LD must carry. */
export const absoluteUrl = (path: string) => new URL(path, getEnv().SERVER_URL).toString()
