import { bodyField, eventField, summaryField } from '@/fields/contentFields'
import { germanSlug } from '@/fields/slug'
import { publicationCollection } from '@/collections/publicationCollection'

/** Panel and podium discussions with their guiding questions and findings. */
export const Panels = publicationCollection({
  slug: 'panels',
  labels: {
    singular: { de: 'Diskussion', en: 'Panel' },
    plural: { de: 'Diskussionen', en: 'Panels' },
  },
  fields: [
    {
      name: 'kind',
      type: 'select',
      label: { de: 'Format', en: 'Format' },
      defaultValue: 'panel',
      options: [
        { value: 'podium', label: { de: 'Podiumsdiskussion', en: 'Podium discussion' } },
        { value: 'panel', label: { de: 'Thematisches Panel', en: 'Thematic panel' } },
      ],
    },
    eventField,
    {
      name: 'moderators',
      type: 'relationship',
      relationTo: 'people',
      hasMany: true,
      label: { de: 'Moderation', en: 'Moderation' },
    },
    {
      name: 'organisations',
      type: 'relationship',
      relationTo: 'organisations',
      hasMany: true,
      label: { de: 'Vorgestellte Organisationen', en: 'Organisations presented' },
    },
    {
      name: 'participants',
      type: 'array',
      label: { de: 'Mitwirkende', en: 'Participants' },
      labels: {
        singular: { de: 'Mitwirkende Person', en: 'Participant' },
        plural: { de: 'Mitwirkende', en: 'Participants' },
      },
      fields: [
        {
          name: 'person',
          type: 'relationship',
          relationTo: 'people',
          required: true,
          label: { de: 'Person', en: 'Person' },
        },
        {
          name: 'organisation',
          type: 'relationship',
          relationTo: 'organisations',
          label: { de: 'Für', en: 'Representing' },
        },
        {
          name: 'role',
          type: 'text',
          localized: true,
          label: { de: 'Rolle im Panel', en: 'Role on the panel' },
        },
      ],
    },
    {
      name: 'guidingQuestions',
      type: 'array',
      label: { de: 'Leitfragen', en: 'Guiding questions' },
      labels: {
        singular: { de: 'Leitfrage', en: 'Guiding question' },
        plural: { de: 'Leitfragen', en: 'Guiding questions' },
      },
      fields: [
        {
          name: 'question',
          type: 'text',
          required: true,
          localized: true,
          label: { de: 'Frage', en: 'Question' },
        },
      ],
    },
    summaryField,
    bodyField,
    {
      name: 'findings',
      type: 'array',
      label: { de: 'Ergebnisse', en: 'Findings' },
      labels: {
        singular: { de: 'Ergebnis', en: 'Finding' },
        plural: { de: 'Ergebnisse', en: 'Findings' },
      },
      admin: {
        description: {
          de: 'Jedes Ergebnis ist einzeln verlinkbar (#anker) und durchsuchbar.',
          en: 'Each finding can be linked (#anchor) and searched on its own.',
        },
      },
      fields: [
        {
          name: 'anchor',
          type: 'text',
          required: true,
          label: { de: 'Anker', en: 'Anchor' },
          admin: {
            description: {
              de: 'Wird aus der Aussage erzeugt, wenn leer.',
              en: 'Made from the statement when empty.',
            },
          },
          hooks: {
            beforeValidate: [
              ({ value, siblingData }) =>
                value ||
                (typeof siblingData?.statement === 'string'
                  ? germanSlug(siblingData.statement).slice(0, 60).replace(/-+$/, '')
                  : value),
            ],
          },
        },
        {
          name: 'statement',
          type: 'textarea',
          required: true,
          localized: true,
          label: { de: 'Aussage', en: 'Statement' },
        },
        {
          name: 'quote',
          type: 'textarea',
          localized: true,
          label: { de: 'Beleg / Zitat', en: 'Supporting quote' },
        },
        {
          name: 'speaker',
          type: 'relationship',
          relationTo: 'people',
          label: { de: 'Von', en: 'By' },
        },
        {
          name: 'topic',
          type: 'relationship',
          relationTo: 'topics',
          label: { de: 'Thema', en: 'Topic' },
        },
      ],
    },
  ],
})
