import { isObject } from '@/domain/isObject'
import { licenceUrl } from '@/domain/licences'
import type { Config } from '@/payload-types'

export type HarvestedCollection = 'talks' | 'researchNotes'
type Harvested = Config['collections'][HarvestedCollection]

/** Simple Dublin Core (oai_dc): each element may repeat, so every value is a list. */
export type DublinCore = Partial<
  Record<
    | 'title'
    | 'creator'
    | 'subject'
    | 'description'
    | 'publisher'
    | 'date'
    | 'type'
    | 'identifier'
    | 'language'
    | 'relation'
    | 'rights',
    string[]
  >
>

const names = (people: unknown) =>
  (Array.isArray(people) ? people : [])
    .filter(isObject)
    .map((person) => String(person.name ?? ''))
    .filter(Boolean)

/** A talk or research note (read at depth 1, German) as oai_dc elements. */
export function toDublinCore(
  collection: HarvestedCollection,
  doc: Harvested,
  url: string,
): DublinCore {
  const raw = doc as unknown as Record<string, unknown>
  const people = collection === 'talks' ? raw.speakers : raw.authors
  const topics = (Array.isArray(raw.topics) ? raw.topics : []).filter(isObject)
  const publisher = isObject(raw.citation) ? raw.citation.publisher : undefined
  const licence = typeof raw.licence === 'string' ? raw.licence : undefined
  const doi = typeof raw.doi === 'string' && raw.doi ? [`https://doi.org/${raw.doi}`] : []
  return {
    title: [doc.title],
    creator: names(people),
    subject: topics.map((topic) => String(topic.title ?? '')).filter(Boolean),
    description: [String(raw.abstract ?? '')].filter(Boolean),
    publisher: isObject(publisher) ? [String(publisher.name)] : [],
    date: raw.publishedAt ? [String(raw.publishedAt).slice(0, 10)] : [],
    type: collection === 'talks' ? ['Text', 'Vortrag'] : ['Text', 'Forschungsnotiz'],
    identifier: [url, ...doi],
    language: ['de'],
    relation: isObject(raw.event) ? [String(raw.event.title ?? '')] : [],
    rights: licence ? [licenceUrl(licence) ?? licence] : [],
  }
}
