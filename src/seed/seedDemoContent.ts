import type { Payload } from 'payload'

import { seedAdmin } from './seedAdmin'

/** Idempotent: documents are matched by slug, so running it twice changes nothing. */
export async function seedDemoContent(payload: Payload, log: (line: string) => void = console.log) {
  await seedAdmin(payload, log)
  // The conference (src/seed/conference/) is loaded here.
}
