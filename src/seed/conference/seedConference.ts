import { completeEvent, seedEvent } from './event'
import { seedMedia } from './media'
import { seedOrganisations } from './organisations'
import { seedPanels } from './panels'
import { seedPeople } from './people'
import { seedPressRelease } from './pressRelease'
import { seedTalks } from './talks'
import { seedTopics } from './topics'
import type { SeedContext } from './upsertBySlug'

/**
 * The 2nd annual labour-policy conference of the ESF programme „Zukunftszentren“, from its press
 * release: reference data first, then the event, its contributions and the release.
 */
export async function seedConference(ctx: SeedContext): Promise<void> {
  const organisations = await seedOrganisations(ctx)
  const topics = await seedTopics(ctx)
  const people = await seedPeople(ctx, organisations)
  const media = await seedMedia(ctx)
  const refs = { organisations, topics, people }
  const event = await seedEvent(ctx, refs)
  const talks = await seedTalks(ctx, { ...refs, event: event.id, media })
  const panels = await seedPanels(ctx, { ...refs, event: event.id, talks })
  await completeEvent(ctx, event, { ...refs, talks, panels })
  await seedPressRelease(ctx, { ...refs, event: event.id, media, talks, panels })
}
