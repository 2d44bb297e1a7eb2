import { Events } from '../../collections/Events'
import { Impulses } from '../../collections/Impulses'
import { Media } from '../../collections/Media'
import { Organisations } from '../../collections/Organisations'
import { Pages } from '../../collections/Pages'
import { Panels } from '../../collections/Panels'
import { People } from '../../collections/People'
import { PressReleases } from '../../collections/PressReleases'
import { ResearchNotes } from '../../collections/ResearchNotes'
import { Talks } from '../../collections/Talks'
import { Topics } from '../../collections/Topics'
import { Users } from '../../collections/Users'
import { WebhookDeliveries } from '../../collections/WebhookDeliveries'
import { WebhookSubscriptions } from '../../collections/WebhookSubscriptions'
import { unlabelledFields } from '../../src/admin/unlabelledFields'
import { SearchSettings } from '../../src/globals/SearchSettings'

describe('the admin speaks German', () => {
  it('labels every field and every array row (no "Reference hinzufügen")', () => {
    const entities = [
      Events,
      Talks,
      Impulses,
      Panels,
      ResearchNotes,
      PressReleases,
      People,
      Organisations,
      Topics,
      Pages,
      Media,
      Users,
      WebhookSubscriptions,
      WebhookDeliveries,
      SearchSettings,
    ]
    expect(unlabelledFields(entities)).toEqual([])
  })

  it('finds an unlabelled field and an unlabelled array', () => {
    const entity = {
      slug: 'probe',
      fields: [
        { name: 'labelled', type: 'text', label: { de: 'Beschriftet', en: 'Labelled' } },
        { name: 'bare', type: 'text' },
        { name: 'rows', type: 'array', label: { de: 'Zeilen', en: 'Rows' }, fields: [] },
      ],
    } as Parameters<typeof unlabelledFields>[0][number]
    expect(unlabelledFields([entity])).toEqual(['probe.bare', 'probe.rows (rows)'])
  })
})
