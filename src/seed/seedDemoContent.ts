import type { Payload } from 'payload'

import { seedConference } from './conference/seedConference'
import { SeedTally } from './conference/upsertBySlug'
import { seedLegalPages } from './legalPages'
import { seedAdmin } from './seedAdmin'

/**
 * The first admin, the 2nd annual labour-policy conference (src/seed/conference/), then the
 * legal pages with demo text for the operator to replace.
 * Idempotent: documents are matched by slug (media by file name or alt text), so running it
 * twice changes nothing.
 */
export async function seedDemoContent(payload: Payload, log: (line: string) => void = console.log) {
  await seedAdmin(payload, log)
  const tally = new SeedTally()
  await seedConference({ payload, tally })
  await seedLegalPages(payload, tally)
  for (const line of tally.lines()) log(line)
}
