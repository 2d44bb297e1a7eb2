import type { CollectionConfig } from 'payload'

import { Events } from './Events'
import { Impulses } from './Impulses'
import { Media } from './Media'
import { OaiDeletedRecords } from './OaiDeletedRecords'
import { Organisations } from './Organisations'
import { Pages } from './Pages'
import { Panels } from './Panels'
import { People } from './People'
import { PressReleases } from './PressReleases'
import { ResearchNotes } from './ResearchNotes'
import { Talks } from './Talks'
import { Topics } from './Topics'
import { Users } from './Users'
import { WebhookDeliveries } from './WebhookDeliveries'
import { WebhookSubscriptions } from './WebhookSubscriptions'

/** Every collection of the hub, in the order of the admin's navigation. */
export const COLLECTIONS: CollectionConfig[] = [
  Events,
  Talks,
  Impulses,
  Panels,
  ResearchNotes,
  PressReleases,
  People,
  Organisations,
  Topics,
  Media,
  Pages,
  Users,
  WebhookSubscriptions,
  WebhookDeliveries,
  OaiDeletedRecords,
]
