import { z } from 'zod'

export const SECTION_SORTS = ['newest', 'oldest', 'title'] as const
export type SectionSort = (typeof SECTION_SORTS)[number]

export const SECTION_PAGE_SIZE = 12

const slug = z
  .string()
  .regex(/^[a-z0-9-]{1,120}$/)
  .optional()
  .catch(undefined)

/**
 * What a section page's GET form may ask for. A value that cannot be right (a typo in a shared
 * link, a stale bookmark) is dropped rather than answered with an error: the page still lists.
 */
const SectionParams = z.object({
  topic: slug,
  event: slug,
  organisation: slug,
  kind: z
    .string()
    .regex(/^[a-zA-Z]{1,40}$/)
    .optional()
    .catch(undefined),
  year: z.coerce.number().int().min(1900).max(2200).optional().catch(undefined),
  sort: z.enum(SECTION_SORTS).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1000).default(1).catch(1),
})
export type SectionQuery = z.infer<typeof SectionParams>

export type RawSectionParams = Record<string, string | string[] | undefined>

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

export function sectionQueryFrom(raw: RawSectionParams): SectionQuery {
  const entries = Object.entries(raw)
    .map(([name, value]) => [name, first(value)] as const)
    .filter(([, value]) => value !== undefined && value !== '')
  return SectionParams.parse(Object.fromEntries(entries))
}

/** How many filters (not sort or page) are set: the count shown beside "Filter". */
export const activeFilterCount = (query: SectionQuery) =>
  [query.topic, query.event, query.organisation, query.kind, query.year].filter(
    (value) => value !== undefined,
  ).length

/** The URL of the same list with `change` applied; page 1 unless the change sets one. */
export function sectionHref(base: string, query: SectionQuery, change: Partial<SectionQuery>) {
  const next: Record<string, unknown> = { ...query, page: undefined, ...change }
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(next)) {
    if (value === undefined || value === null || value === '') continue
    if (name === 'page' && value === 1) continue
    params.set(name, String(value))
  }
  const search = params.toString()
  return search ? `${base}?${search}` : base
}

/** The segment of a list without filters, order or page. */
const EVERYTHING = 'alle'

/**
 * A list's query as one path segment ("topic.ki~year.2021", "alle"): names sorted, defaults and
 * unknown names left out, so every address of the same list shares one full-route cache entry
 * (src/site/sections/sectionListPath.ts). Values are slugs, letters or numbers: never "." or "~".
 */
export function sectionSegmentOf(query: SectionQuery): string {
  const parts = Object.entries(query)
    .filter(([name, value]) => value !== undefined && !(name === 'page' && value === 1))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, value]) => `${name}.${String(value)}`)
  return parts.length > 0 ? parts.join('~') : EVERYTHING
}

export function sectionQueryFromSegment(segment: string): SectionQuery {
  const raw: RawSectionParams = {}
  for (const part of segment.split('~')) {
    const dot = part.indexOf('.')
    if (dot > 0) raw[part.slice(0, dot)] = part.slice(dot + 1)
  }
  return sectionQueryFrom(raw)
}
