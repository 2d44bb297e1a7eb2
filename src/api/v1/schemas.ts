/**
 * The shapes of API v1, as zod schemas: they parse requests, and the OpenAPI document is
 * generated from them, so the documentation cannot drift from what the code accepts and returns.
 */
import { z } from 'zod'

import { SEARCH_LANGUAGES } from '@/search/indexes'

import { PUBLICATION_TYPE_NAMES } from './resources'

export const MAX_PAGE_SIZE = 100

/** The named schemas of the OpenAPI document (components.schemas). */
export const v1Schemas = z.registry<{ id: string; description?: string }>()

const Reference = z
  .object({ id: z.string(), slug: z.string(), title: z.string() })
  .register(v1Schemas, { id: 'Reference', description: 'A topic or event: id, slug, title.' })

const PersonReference = z
  .object({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    role: z.enum(['speaker', 'author', 'moderator', 'participant']),
  })
  .register(v1Schemas, { id: 'PersonReference' })

const ProgrammeEntry = z
  .object({
    title: z.string(),
    kind: z.string().nullable(),
    startsAt: z.iso.datetime({ offset: true }).nullable(),
    description: z.string().nullable(),
    items: z.array(
      z.object({
        type: z.enum(PUBLICATION_TYPE_NAMES),
        id: z.string(),
        slug: z.string(),
        title: z.string(),
      }),
    ),
    people: z.array(z.object({ id: z.string(), slug: z.string(), name: z.string() })),
  })
  .register(v1Schemas, { id: 'ProgrammeEntry', description: 'One item of an event, in order.' })

const OrganisationReference = z
  .object({ id: z.string(), slug: z.string(), name: z.string() })
  .register(v1Schemas, { id: 'OrganisationReference' })

const MediaFile = z
  .object({
    url: z.url(),
    mimeType: z.string().nullable(),
    filesize: z.int().min(0).nullable(),
    alt: z.string().nullable(),
    caption: z.string().nullable(),
    credit: z.string().nullable(),
    licence: z.string().nullable(),
    width: z.int().min(0).nullable(),
    height: z.int().min(0).nullable(),
  })
  .register(v1Schemas, { id: 'MediaFile', description: 'A file (PDF, image) on the public site.' })

const Finding = z
  .object({
    anchor: z.string(),
    url: z.url().describe('The finding on the panel page (#anchor).'),
    statement: z.string(),
    quote: z.string().nullable(),
    speaker: z.object({ id: z.string(), slug: z.string(), name: z.string() }).nullable(),
  })
  .register(v1Schemas, { id: 'Finding', description: 'A finding of a panel.' })

const PressContact = z
  .object({
    name: z.string().nullable(),
    organisation: OrganisationReference.nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
  })
  .register(v1Schemas, { id: 'PressContact' })

const Licence = z
  .object({
    code: z
      .string()
      .describe('CC-BY-4.0, CC-BY-SA-4.0, CC-BY-NC-4.0, CC0-1.0, all-rights-reserved'),
    url: z.url().nullable().describe('The licence text; null for all rights reserved.'),
  })
  .register(v1Schemas, { id: 'Licence' })

/**
 * Every field a client may ask for with `fields`; `id` and `type` always come. Every type has
 * every field: what does not apply to it is null or an empty list.
 */
const publicationFields = {
  slug: z.string(),
  url: z.url().describe('The publication on the public site.'),
  language: z
    .enum(SEARCH_LANGUAGES)
    .describe('The language asked for; untranslated texts fall back to German.'),
  title: z.string(),
  summary: z.string().nullable(),
  text: z.string().describe('Plain text of the body.'),
  html: z.string().describe('The body as HTML (headings, lists, links, quotes).'),
  publishedAt: z.iso.datetime({ offset: true }).nullable(),
  updatedAt: z.iso.datetime({ offset: true }),
  topics: z.array(Reference),
  people: z.array(PersonReference),
  event: Reference.nullable(),
  startsAt: z.iso.datetime({ offset: true }).nullable().describe('Events only.'),
  endsAt: z.iso.datetime({ offset: true }).nullable().describe('Events only.'),
  programme: z.array(ProgrammeEntry).describe('Events only: the programme in running order.'),
  doi: z.string().nullable().describe('Research notes: the DOI (10.x/…), without resolver.'),
  licence: Licence.nullable().describe('Research notes.'),
  pdf: MediaFile.nullable().describe('Research notes: the PDF.'),
  publisher: OrganisationReference.nullable().describe('Research notes.'),
  series: z.string().nullable().describe('Research notes: the series they appear in.'),
  number: z.string().nullable().describe('Research notes: the number within the series.'),
  figures: z.array(MediaFile).describe('Press releases: images for the press.'),
  findings: z.array(Finding).describe('Panels: findings, each linkable.'),
  contacts: z.array(PressContact).describe('Press releases: press contacts.'),
  embargoUntil: z.iso
    .datetime({ offset: true })
    .nullable()
    .describe('Press releases: the Sperrfrist (always past: embargoed items are not served).'),
  fundingNotice: z.string().nullable().describe('Press releases: the funding notice.'),
}
export type PublicationField = keyof typeof publicationFields
export const PUBLICATION_FIELDS = Object.keys(publicationFields) as PublicationField[]

const identity = { id: z.string(), type: z.enum(PUBLICATION_TYPE_NAMES) }

export const Publication = z
  .object({ ...identity, ...publicationFields })
  .register(v1Schemas, { id: 'Publication', description: 'A published item, every field.' })

const PublicationSelection = z
  .object({
    ...identity,
    ...Object.fromEntries(
      Object.entries(publicationFields).map(([name, schema]) => [name, schema.optional()]),
    ),
  })
  .register(v1Schemas, {
    id: 'PublicationSelection',
    description: 'A published item narrowed with `fields`: id, type and the fields asked for.',
  })

/** Without `fields` a response carries a whole Publication; with it, a PublicationSelection. */
export const PublicationOrSelection = z
  .union([Publication, PublicationSelection])
  .register(v1Schemas, { id: 'PublicationOrSelection' })

const pageOf = <Item extends z.ZodType>(item: Item, id: string) =>
  z
    .object({
      items: z.array(item),
      page: z.int().min(1),
      pageSize: z.int().min(1).max(MAX_PAGE_SIZE),
      totalItems: z.int().min(0),
      totalPages: z.int().min(0),
    })
    .register(v1Schemas, { id })

export const PublicationPage = pageOf(PublicationOrSelection, 'PublicationPage')

export const Person = z
  .object({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    honorific: z.string().nullable(),
    function: z.string().nullable(),
    bio: z.string().nullable(),
    affiliations: z.array(OrganisationReference),
  })
  .register(v1Schemas, { id: 'Person', description: 'A speaker, author or moderator.' })

export const Organisation = z
  .object({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    shortName: z.string().nullable(),
    kind: z.string().describe('thinkTank, regionalCentre, university, ministry, funder, …'),
    region: z.string().nullable().describe('German Land, ISO 3166-2 code without "DE-"'),
    website: z.string().nullable(),
    parent: OrganisationReference.nullable(),
  })
  .register(v1Schemas, { id: 'Organisation' })

export const Topic = z
  .object({
    id: z.string(),
    slug: z.string(),
    title: z.string(),
    description: z.string().nullable(),
    parent: Reference.nullable(),
  })
  .register(v1Schemas, { id: 'Topic' })

export const PersonPage = pageOf(Person, 'PersonPage')
export const OrganisationPage = pageOf(Organisation, 'OrganisationPage')
export const TopicPage = pageOf(Topic, 'TopicPage')

export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    detail: z.string(),
    errors: z.array(z.object({ parameter: z.string(), message: z.string() })).optional(),
  })
  .register(v1Schemas, { id: 'Problem', description: 'RFC 9457 problem details.' })

// ─── Query parameters ────────────────────────────────────────────────────────────────────────

const slugParam = z
  .string()
  .regex(/^[a-z0-9-]{1,120}$/, 'a slug: lower-case letters, digits and hyphens')

const fieldsError = `fields are a comma-separated list of: ${PUBLICATION_FIELDS.join(', ')}`
const fieldName = `\\s*(?:${PUBLICATION_FIELDS.join('|')})\\s*`

const fieldsParam = z
  .string()
  .regex(new RegExp(`^${fieldName}(?:,${fieldName})*$`), fieldsError)
  .transform((value) => value.split(',').map((name) => name.trim()))
  .pipe(z.array(z.enum(PUBLICATION_FIELDS, { error: fieldsError })))
  .describe(
    `Comma-separated fields to return besides id and type: ${PUBLICATION_FIELDS.join(', ')}.`,
  )

const dateParam = z.iso
  .date('a date as YYYY-MM-DD')
  .describe('A date (YYYY-MM-DD), Europe/Berlin calendar day.')

/** One table for parsing and for the documentation of each parameter. */
export const LIST_PARAMETERS = {
  page: z.coerce.number().int().min(1).max(1000).default(1).describe('Page number, from 1.'),
  pageSize: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_PAGE_SIZE)
    .default(20)
    .describe(`Items per page (at most ${MAX_PAGE_SIZE}).`),
  sort: z
    .enum(['-publishedAt', 'publishedAt', 'title', '-title'])
    .default('-publishedAt')
    .describe('Order; a leading minus sorts descending.'),
  language: z.enum(SEARCH_LANGUAGES).default('de').describe('Language of the texts.'),
  topic: slugParam.optional().describe('Only items on this topic (slug).'),
  person: slugParam
    .optional()
    .describe('Only items this person (slug) speaks at, wrote or moderated.'),
  event: slugParam.optional().describe('Only items of this event (slug).'),
  organisation: slugParam
    .optional()
    .describe('Only items that name this organisation (slug) as host, partner, publisher, …'),
  from: dateParam.optional().describe('Published on or after this day.'),
  to: dateParam.optional().describe('Published on or before this day.'),
  fields: fieldsParam.optional(),
}

export const DETAIL_PARAMETERS = {
  language: LIST_PARAMETERS.language,
  fields: LIST_PARAMETERS.fields,
}

export const REFERENCE_LIST_PARAMETERS = {
  page: LIST_PARAMETERS.page,
  pageSize: LIST_PARAMETERS.pageSize,
  language: LIST_PARAMETERS.language,
}

export const ListQuery = z.object(LIST_PARAMETERS).strict()
export const ReferenceListQuery = z.object(REFERENCE_LIST_PARAMETERS).strict()
export const ReferenceDetailQuery = z.object({ language: LIST_PARAMETERS.language }).strict()
export type ReferenceListQuery = z.infer<typeof ReferenceListQuery>
export const DetailQuery = z.object(DETAIL_PARAMETERS).strict()
export type ListQuery = z.infer<typeof ListQuery>
export type DetailQuery = z.infer<typeof DetailQuery>

export const EXPORT_PARAMETERS = {
  format: z.enum(['json', 'csv']).default('json').describe('json (an array) or csv.'),
  language: LIST_PARAMETERS.language,
}
export const ExportQuery = z.object(EXPORT_PARAMETERS).strict()
