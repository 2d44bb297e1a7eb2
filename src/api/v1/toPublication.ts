import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { isObject } from '@/domain/isObject'
import { licenceUrl } from '@/domain/licences'
import type { Config } from '@/payload-types'
import type { PublicationCollection } from '@/publicationTypes'
import type { SearchLanguage } from '@/search/indexes'
import { plainText } from '@/search/searchRecord'
import { publicationPath } from '@/site/paths'
import { personName } from '@/site/personName'

import { PEOPLE_FIELDS, TYPE_NAME_OF, type PublicationTypeName } from './resources'
import type { PublicationField } from './schemas'

type AnyPublication = Config['collections'][PublicationCollection]
type Person = Config['collections']['people']

export type PublicationV1 = { id: string; type: PublicationTypeName } & Partial<
  Record<PublicationField, unknown>
>

const reference = (value: unknown) =>
  isObject(value)
    ? { id: String(value.id), slug: String(value.slug ?? ''), title: String(value.title ?? '') }
    : null

/** Values at a dotted path, through arrays ("participants.person"). */
function valuesAt(doc: unknown, path: string): unknown[] {
  return path
    .split('.')
    .reduce<unknown[]>(
      (values, key) =>
        values
          .flatMap((value) => (Array.isArray(value) ? value : [value]))
          .filter(isObject)
          .map((value) => value[key]),
      [doc],
    )
    .flatMap((value) => (Array.isArray(value) ? value : [value]))
}

function peopleOf(collection: PublicationCollection, doc: AnyPublication) {
  return PEOPLE_FIELDS[collection].flatMap(({ path, role }) =>
    valuesAt(doc, path)
      .filter((person): person is Person => isObject(person))
      .map((person) => ({
        id: String(person.id),
        slug: person.slug,
        name: personName(person),
        role,
      })),
  )
}

/** An event's programme; contributions not public (drafts) are left out. */
function programmeOf(programme: unknown) {
  return (Array.isArray(programme) ? programme : []).filter(isObject).map((entry) => ({
    title: String(entry.title ?? ''),
    kind: typeof entry.kind === 'string' ? entry.kind : null,
    startsAt: typeof entry.startsAt === 'string' ? entry.startsAt : null,
    description: typeof entry.description === 'string' ? entry.description : null,
    items: (Array.isArray(entry.items) ? entry.items : [])
      .filter(isObject)
      .filter((item) => isObject(item.value))
      .map((item) => {
        const value = item.value as Record<string, unknown>
        return {
          type: TYPE_NAME_OF[item.relationTo as PublicationCollection],
          id: String(value.id),
          slug: String(value.slug ?? ''),
          title: String(value.title ?? ''),
        }
      }),
    people: (Array.isArray(entry.people) ? entry.people : []).filter(isObject).map((person) => ({
      id: String(person.id),
      slug: String(person.slug ?? ''),
      name: personName(person),
    })),
  }))
}

const stringOrNull = (value: unknown) => (typeof value === 'string' && value ? value : null)
const intOrNull = (value: unknown) => (typeof value === 'number' ? Math.round(value) : null)
const objects = (values: unknown) => (Array.isArray(values) ? values : []).filter(isObject)

const organisation = (value: unknown) =>
  isObject(value)
    ? { id: String(value.id), slug: String(value.slug ?? ''), name: String(value.name ?? '') }
    : null

/** An uploaded file as v1 shows it; `null` while it is not populated or has no URL. */
function mediaFile(value: unknown, serverUrl: string) {
  if (!isObject(value) || typeof value.url !== 'string') return null
  return {
    url: new URL(value.url, serverUrl).toString(),
    mimeType: stringOrNull(value.mimeType),
    filesize: intOrNull(value.filesize),
    alt: stringOrNull(value.alt),
    caption: stringOrNull(value.caption),
    credit: stringOrNull(value.credit),
    licence: stringOrNull(value.licence),
    width: intOrNull(value.width),
    height: intOrNull(value.height),
  }
}

const bodyHtml = (body: unknown) =>
  isObject(body) && isObject(body.root)
    ? convertLexicalToHTML({ data: body as unknown as SerializedEditorState })
    : ''

function findingsOf(findings: unknown, pageUrl: string) {
  return objects(findings).map((finding) => ({
    anchor: String(finding.anchor ?? ''),
    url: `${pageUrl}#${encodeURIComponent(String(finding.anchor ?? ''))}`,
    statement: String(finding.statement ?? ''),
    quote: stringOrNull(finding.quote),
    speaker: isObject(finding.speaker)
      ? {
          id: String(finding.speaker.id),
          slug: String(finding.speaker.slug ?? ''),
          name: personName(finding.speaker),
        }
      : null,
  }))
}

const contactsOf = (contacts: unknown) =>
  objects(contacts).map((contact) => ({
    name: stringOrNull(contact.name),
    organisation: organisation(contact.organisation),
    email: stringOrNull(contact.email),
    phone: stringOrNull(contact.phone),
  }))

/**
 * The v1 shape of a publication read at depth 1 (topics, people and event populated). Internal
 * fields (workflow status, creator, embargo, SEO) are never part of it.
 */
export function toPublication(
  collection: PublicationCollection,
  doc: AnyPublication,
  language: SearchLanguage,
  serverUrl: string,
  fields?: PublicationField[],
): PublicationV1 {
  const raw = doc as unknown as Record<string, unknown>
  const summary = raw.summary ?? raw.abstract ?? raw.motto ?? null
  const url = new URL(publicationPath(collection, doc.slug, language), serverUrl).toString()
  const citation = isObject(raw.citation) ? raw.citation : {}
  const licence = stringOrNull(raw.licence)
  const all: Record<PublicationField, unknown> = {
    slug: doc.slug,
    url,
    language,
    title: doc.title,
    summary: typeof summary === 'string' ? summary : null,
    text: plainText(raw.body),
    html: bodyHtml(raw.body),
    publishedAt: (raw.publishedAt as string | null | undefined) ?? null,
    updatedAt: doc.updatedAt,
    topics: (Array.isArray(raw.topics) ? raw.topics : []).map(reference).filter(Boolean),
    people: peopleOf(collection, doc),
    event: reference(raw.event),
    startsAt: (raw.startsAt as string | null | undefined) ?? null,
    endsAt: (raw.endsAt as string | null | undefined) ?? null,
    programme: programmeOf(raw.programme),
    doi: stringOrNull(raw.doi),
    licence: licence ? { code: licence, url: licenceUrl(licence) } : null,
    pdf: mediaFile(raw.pdf, serverUrl),
    publisher: organisation(citation.publisher),
    series: stringOrNull(citation.series),
    number: stringOrNull(citation.number),
    figures: (Array.isArray(raw.figures) ? raw.figures : [])
      .map((figure) => mediaFile(figure, serverUrl))
      .filter(Boolean),
    findings: findingsOf(raw.findings, url),
    contacts: contactsOf(raw.contacts),
    embargoUntil: stringOrNull(raw.embargoUntil),
    fundingNotice: stringOrNull(raw.fundingNotice),
  }
  const chosen = fields ?? (Object.keys(all) as PublicationField[])
  return {
    id: String(doc.id),
    type: TYPE_NAME_OF[collection],
    ...Object.fromEntries(chosen.map((field) => [field, all[field]])),
  }
}
