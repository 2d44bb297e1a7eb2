import type { DataFromCollectionSlug, Payload, RequiredDataFromCollectionSlug } from 'payload'

/** Collections the conference seed writes; all but media are matched by slug. */
export type SluggedCollection =
  'organisations' | 'people' | 'topics' | 'events' | 'talks' | 'panels' | 'pressReleases'
export type SeedCollection = SluggedCollection | 'media'

/** German data as created (slug required: it is how a second run finds the document). */
export type NewDoc<S extends SluggedCollection> = RequiredDataFromCollectionSlug<S> & {
  slug: string
}
/** The English values, written in a second update with `locale: 'en'`. */
export type EnglishData<S extends SeedCollection> = Partial<RequiredDataFromCollectionSlug<S>>
/** Builds the English update from the stored German document (array rows keep their ids). */
export type English<S extends SeedCollection> = (doc: DataFromCollectionSlug<S>) => EnglishData<S>

export type SeedDoc<S extends SluggedCollection> = {
  data: NewDoc<S>
  english?: English<S>
  /**
   * Recognises a stub an earlier version of the seed left under the same slug; it is completed
   * with `data` (and its English rewritten) instead of being left as it is.
   */
  isStub?: (doc: DataFromCollectionSlug<S>) => boolean
}

/** The field whose English value shows that a document has been translated. */
const TRANSLATED_FIELD: { [S in SeedCollection]: keyof DataFromCollectionSlug<S> } = {
  organisations: 'name',
  people: 'function',
  topics: 'title',
  media: 'alt',
  events: 'title',
  talks: 'title',
  panels: 'title',
  pressReleases: 'title',
}

export type SeedOutcome = 'created' | 'completed' | 'present'

/** Counts per collection what this run created, completed, or found already present. */
export class SeedTally {
  private readonly counts = new Map<SeedCollection | 'pages', Record<SeedOutcome, number>>()

  count(collection: SeedCollection | 'pages', outcome: SeedOutcome) {
    const entry = this.counts.get(collection) ?? { created: 0, completed: 0, present: 0 }
    entry[outcome] += 1
    this.counts.set(collection, entry)
  }

  lines(): string[] {
    return [...this.counts].map(
      ([collection, { created, completed, present }]) =>
        `Seed ${collection}: ${created} created, ` +
        (completed ? `${completed} completed (stub from an earlier seed), ` : '') +
        `${present} already present`,
    )
  }
}

/** Ids of seeded documents by slug; asking for one that was not seeded is a bug in the data. */
export class Registry<K extends string> {
  private readonly ids = new Map<K, string>()

  constructor(private readonly collection: SeedCollection) {}

  set(key: K, id: string) {
    this.ids.set(key, id)
  }

  get(key: K): string {
    const id = this.ids.get(key)
    if (!id) throw new Error(`Seed: ${this.collection} "${key}" has not been seeded`)
    return id
  }
}

export type SeedContext = { payload: Payload; tally: SeedTally }

/** Payload's update by id for a collection that is generic here. */
async function updateDoc<S extends SeedCollection>(
  { payload }: SeedContext,
  collection: S,
  id: string,
  locale: 'de' | 'en',
  data: EnglishData<S>,
): Promise<DataFromCollectionSlug<S>> {
  // Payload types `data` as a DeepPartial that TypeScript cannot relate to a Partial while the
  // collection is generic; for every concrete collection the Partial is a valid DeepPartial.
  return payload.update({ collection, id, locale, depth: 0, data: data as never })
}

/**
 * Writes the English values unless the document already has them (or `force`), so a run that
 * stopped after the German create completes the translation, and a complete document is left
 * untouched.
 */
export async function ensureEnglish<S extends SeedCollection>(
  ctx: SeedContext,
  collection: S,
  doc: DataFromCollectionSlug<S>,
  english: NoInfer<English<S>>,
  force = false,
): Promise<void> {
  if (!force) {
    const stored = await ctx.payload.findByID({
      collection,
      id: doc.id,
      locale: 'en',
      fallbackLocale: false,
      depth: 0,
    })
    if (stored[TRANSLATED_FIELD[collection]]) return
  }
  await updateDoc(ctx, collection, doc.id, 'en', english(doc))
}

/**
 * Finds the document by slug or creates it in German, then makes sure it has its English
 * values. A document that exists is not overwritten (editors' changes survive a re-run), unless
 * `isStub` says an earlier seed left it incomplete.
 */
export async function upsertBySlug<S extends SluggedCollection>(
  ctx: SeedContext,
  collection: S,
  { data, english, isStub }: NoInfer<SeedDoc<S>>,
): Promise<DataFromCollectionSlug<S>> {
  const { payload, tally } = ctx
  const found = await payload.find({
    collection,
    where: { slug: { equals: data.slug } },
    locale: 'de',
    depth: 0,
    limit: 1,
    pagination: false,
  })
  const existing = found.docs[0]
  const outcome = !existing ? 'created' : isStub?.(existing) ? 'completed' : 'present'
  tally.count(collection, outcome)
  let doc: DataFromCollectionSlug<S>
  if (!existing) doc = await payload.create({ collection, data, locale: 'de', depth: 0 })
  else if (outcome === 'completed') {
    // generateSlug off: publishing must not regenerate the slug the stub is known by.
    doc = await updateDoc(ctx, collection, existing.id, 'de', { ...data, generateSlug: false })
  } else doc = existing
  if (english) await ensureEnglish(ctx, collection, doc, english, outcome === 'completed')
  return doc
}

/** A German text with its English translation. */
export type Translated = { de: string; en: string }

/**
 * The English version of array rows: each row keeps its id and non-localised values, and the
 * named text fields are replaced by their translation (looked up by the German text).
 */
export function localiseRows<R extends object>(
  rows: R[] | null | undefined,
  fields: (keyof R)[],
  translations: Translated[],
): R[] {
  const english = new Map(translations.map(({ de, en }) => [de, en]))
  return (rows ?? []).map((row) => {
    const copy = { ...row }
    for (const field of fields) {
      const value = copy[field]
      if (typeof value === 'string') copy[field] = (english.get(value) ?? value) as R[keyof R]
    }
    return copy
  })
}
