import type { Payload } from 'payload'

import { demoTalks } from './demoTalks'
import { seedAdmin } from './seedAdmin'

/** Idempotent: documents are matched by slug, so running it twice changes nothing. */
export async function seedDemoContent(payload: Payload, log: (line: string) => void = console.log) {
  await seedAdmin(payload, log)
  let created = 0
  for (const { en, ...talk } of demoTalks) {
    const existing = await payload.find({
      collection: 'talks',
      where: { slug: { equals: talk.slug } },
      limit: 1,
      depth: 0,
    })
    if (existing.docs.length > 0) continue
    const doc = await payload.create({
      collection: 'talks',
      locale: 'de',
      data: { ...talk, _status: 'published' },
    })
    await payload.update({
      collection: 'talks',
      id: doc.id,
      locale: 'en',
      data: { ...en, _status: 'published' },
    })
    created += 1
  }
  log(`Demo content: ${created} talk(s) created, ${demoTalks.length - created} already present.`)
}
