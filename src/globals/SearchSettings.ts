import type { GlobalAfterChangeHook, GlobalConfig } from 'payload'

import { hasRoles } from '@/access/hasRoles'
import { DEFAULT_SYNONYM_GROUPS } from '@/search/synonyms'
import { APPLY_SEARCH_SETTINGS_TASK } from '@/search/applySearchSettingsTask'
import { forgetSynonymGroups } from '@/search/synonymGroups'

/** Saving pushes the new synonyms to Meilisearch through the jobs queue (it may be down). */
const queueApplySettings: GlobalAfterChangeHook = async ({ doc, req }) => {
  forgetSynonymGroups()
  await req.payload.jobs.queue({ task: APPLY_SEARCH_SETTINGS_TASK, input: {}, req })
  return doc
}

/** Search settings editors maintain: the synonym list of the field. */
export const SearchSettings: GlobalConfig = {
  slug: 'searchSettings',
  label: { de: 'Sucheinstellungen', en: 'Search settings' },
  access: {
    read: hasRoles('admin', 'editor', 'author'),
    update: hasRoles('admin', 'editor'),
  },
  hooks: { afterChange: [queueApplySettings] },
  fields: [
    {
      name: 'synonymGroups',
      type: 'array',
      label: { de: 'Synonyme', en: 'Synonyms' },
      labels: {
        singular: { de: 'Synonymgruppe', en: 'Synonym group' },
        plural: { de: 'Synonymgruppen', en: 'Synonym groups' },
      },
      admin: {
        description: {
          de: 'Jede Gruppe: Begriffe, die in der Suche als gleichbedeutend gelten, z. B. KI · Künstliche Intelligenz.',
          en: 'Each group: terms search treats as equivalent, e.g. AI · artificial intelligence.',
        },
      },
      defaultValue: DEFAULT_SYNONYM_GROUPS.map((terms) => ({ terms })),
      fields: [
        {
          name: 'terms',
          type: 'text',
          hasMany: true,
          required: true,
          minRows: 2,
          label: { de: 'Begriffe', en: 'Terms' },
        },
      ],
    },
  ],
}
