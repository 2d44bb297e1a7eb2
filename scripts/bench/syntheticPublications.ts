/**
 * Realistic publications in bulk for the benchmarks: German text drawn from the seed
 * conference's own language (a word-pair chain over its press release), real people,
 * organisations, topics and events, and raw documents shaped exactly like the seeded ones.
 *
 * Why raw inserts: creating 100,000 documents through Payload checks each slug for uniqueness
 * with a query, and the embedded FerretDB answers those by scanning the collection (quadratic).
 * The benchmark measures reading and indexing, so it writes the documents the way Payload stores
 * them, cloned from documents Payload itself created.
 */
import { ObjectId, type Document } from 'mongodb'

import * as sourceText from '../../src/seed/conference/sourceText'
import { paragraphs } from '../../src/seed/richText'

/** A small deterministic PRNG (mulberry32), so every run generates the same content. */
export function seededRandom(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (max: number) => Math.floor(next() * max)
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]
  const some = <T>(items: readonly T[], min: number, max: number): T[] => {
    const count = min + int(max - min + 1)
    return [...new Set(Array.from({ length: count }, () => pick(items)))]
  }
  return { next, int, pick, some }
}
export type Random = ReturnType<typeof seededRandom>

const GERMAN_CORPUS = Object.values(sourceText)
  .filter((value): value is string => typeof value === 'string')
  .join(' ')

const ENGLISH_CORPUS =
  'Digital change must be shaped together with employees. Small and medium-sized enterprises ' +
  'need support in building the competences of their staff. Regional centres advise companies ' +
  'on artificial intelligence, continuing training and a learning culture at work. Platform ' +
  'work and solo self-employment raise new questions for social security and co-determination. ' +
  'Good work in the digital transition depends on participation, trust and time for learning.'

/** A word-pair chain: each word maps to the words that follow it in the corpus. */
function wordChain(corpus: string) {
  const words = corpus
    .replace(/[„“”"()]/g, '')
    .split(/\s+/)
    .filter(Boolean)
  const next = new Map<string, string[]>()
  words.forEach((word, i) => {
    if (i + 1 < words.length) next.set(word, [...(next.get(word) ?? []), words[i + 1]])
  })
  const starts = words.filter((word, i) => i === 0 || /[.!?]$/.test(words[i - 1]))
  return { words, next, starts }
}

const GERMAN = wordChain(GERMAN_CORPUS)
const ENGLISH = wordChain(ENGLISH_CORPUS)

function sentence(random: Random, chain: ReturnType<typeof wordChain>, maxWords: number) {
  const out = [random.pick(chain.starts)]
  while (out.length < maxWords && !/[.!?]$/.test(out.at(-1)!)) {
    const followers = chain.next.get(out.at(-1)!)
    out.push(followers ? random.pick(followers) : random.pick(chain.words))
  }
  return out
    .join(' ')
    .replace(/[,;:]$/, '')
    .replace(/[^.!?]$/, '$&.')
}

const sentences = (random: Random, chain: ReturnType<typeof wordChain>, count: number) =>
  Array.from({ length: count }, () => sentence(random, chain, 28)).join(' ')

/** Distinct words of the German corpus, for building queries. */
export function germanVocabulary(): string[] {
  return [...new Set(GERMAN.words.map((word) => word.replace(/[.,;:!?–]/g, '')))].filter(
    (word) => word.length >= 4,
  )
}

export type ReferenceIds = {
  people: ObjectId[]
  topics: ObjectId[]
  events: ObjectId[]
}

const isLocaleMap = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  !(value instanceof ObjectId) &&
  !(value instanceof Date) &&
  'de' in value

/** Stores a value the way the template stores that field: per locale if localized. */
function like(templateValue: unknown, de: unknown, en?: unknown) {
  if (!isLocaleMap(templateValue)) return de
  return en === undefined ? { de } : { de, en }
}

const PEOPLE_FIELDS = ['speakers', 'authors', 'moderators'] as const
const SUMMARY_FIELDS = ['summary', 'abstract', 'motto'] as const
const FIRST_YEAR = 2015
const LAST_YEAR = 2026

/**
 * A new published document cloned from `template` (a raw document Payload created): new id,
 * slug, text, people, topics, event and date; one in seven also has an English version.
 */
export function synthesizePublication(
  template: Document,
  sequence: number,
  refs: ReferenceIds,
  random: Random,
): Document {
  const english = random.int(7) === 0
  const title = sentence(random, GERMAN, 9).replace(/\.$/, '')
  const titleEn = english ? sentence(random, ENGLISH, 9).replace(/\.$/, '') : undefined
  const year = FIRST_YEAR + random.int(LAST_YEAR - FIRST_YEAR + 1)
  const publishedAt = new Date(Date.UTC(year, random.int(12), 1 + random.int(28), 9))
  const now = new Date()
  const doc: Document = {
    ...template,
    _id: new ObjectId(),
    title: like(template.title, title, titleEn),
    slug: like(template.slug, `bench-${sequence}`, english ? `bench-${sequence}-en` : undefined),
    publishedAt,
    createdAt: now,
    updatedAt: now,
    _status: 'published',
    workflowStatus: 'published',
    embargoUntil: null,
    topics: random.some(refs.topics, 1, 3),
  }
  for (const field of SUMMARY_FIELDS) {
    if (field in template) {
      doc[field] = like(
        template[field],
        sentences(random, GERMAN, 2),
        english ? sentences(random, ENGLISH, 2) : undefined,
      )
    }
  }
  if ('body' in template) {
    const body = paragraphs(
      ...Array.from({ length: 3 + random.int(4) }, () => sentences(random, GERMAN, 3)),
    )
    doc.body = like(
      template.body,
      body,
      english ? paragraphs(sentences(random, ENGLISH, 4)) : undefined,
    )
  }
  for (const field of PEOPLE_FIELDS) {
    if (field in template) doc[field] = random.some(refs.people, 1, 3)
  }
  if ('event' in template && refs.events.length > 0) doc.event = random.pick(refs.events)
  if (Array.isArray(template.findings)) {
    doc.findings = Array.from({ length: 2 + random.int(3) }, (_, i) => ({
      ...template.findings[i % template.findings.length],
      id: new ObjectId().toHexString(),
      anchor: `ergebnis-${i + 1}`,
      statement: like(template.findings[0]?.statement, sentence(random, GERMAN, 20)),
      quote: like(template.findings[0]?.quote, sentence(random, GERMAN, 24)),
    }))
  }
  if ('startsAt' in template) {
    doc.startsAt = publishedAt
    doc.endsAt = new Date(publishedAt.getTime() + 8 * 3600_000)
  }
  return doc
}
