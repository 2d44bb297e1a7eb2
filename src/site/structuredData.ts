import type {
  Event,
  Organisation,
  Person,
  PressRelease,
  ResearchNote,
  Topic,
} from '@/payload-types'

import { licenceUrl } from '@/domain/licences'

import { absoluteUrl as absolute } from './absoluteUrl'
import { pagePath, type PageCollection, type SiteLocale } from './paths'
import { personName } from './personName'

/** schema.org JSON-LD for the detail pages (https://schema.org, Google's structured data). */
type Thing = Record<string, unknown>

const urlOf = (collection: PageCollection, slug: string, locale: SiteLocale) =>
  absolute(pagePath(collection, slug, locale))

const populated = <T extends object>(
  values: (string | T | null | undefined)[] | null | undefined,
) => (values ?? []).filter((value): value is T => typeof value === 'object' && value !== null)

export function personThing(person: Person, locale: SiteLocale): Thing {
  return {
    '@type': 'Person',
    name: personName(person),
    url: urlOf('people', person.slug, locale),
    ...(person.honorific ? { honorificPrefix: person.honorific } : {}),
    ...(person.function ? { jobTitle: person.function } : {}),
    ...(person.bio ? { description: person.bio } : {}),
    affiliation: populated<Organisation>(person.affiliations).map((organisation) =>
      organisationThing(organisation, locale),
    ),
  }
}

export function organisationThing(organisation: Organisation, locale: SiteLocale): Thing {
  return {
    '@type': 'Organization',
    name: organisation.name,
    url: organisation.website || urlOf('organisations', organisation.slug, locale),
    ...(organisation.shortName ? { alternateName: organisation.shortName } : {}),
    ...(organisation.description ? { description: organisation.description } : {}),
  }
}

const withContext = (thing: Thing) => ({ '@context': 'https://schema.org', ...thing })

export const personJsonLd = (person: Person, locale: SiteLocale) =>
  withContext(personThing(person, locale))

export const organisationJsonLd = (organisation: Organisation, locale: SiteLocale) =>
  withContext(organisationThing(organisation, locale))

export function eventJsonLd(event: Event, locale: SiteLocale) {
  const attendance = {
    virtual: 'https://schema.org/OnlineEventAttendanceMode',
    onSite: 'https://schema.org/OfflineEventAttendanceMode',
    hybrid: 'https://schema.org/MixedEventAttendanceMode',
  }[event.format]
  const organizers = populated<Organisation>(event.hosts).map((o) => organisationThing(o, locale))
  return withContext({
    '@type': 'Event',
    name: event.title,
    url: urlOf('events', event.slug, locale),
    startDate: event.startsAt,
    ...(event.endsAt ? { endDate: event.endsAt } : {}),
    eventAttendanceMode: attendance,
    eventStatus: 'https://schema.org/EventScheduled',
    location:
      event.format === 'virtual'
        ? { '@type': 'VirtualLocation', url: urlOf('events', event.slug, locale) }
        : { '@type': 'Place', name: event.venue || event.title, address: event.venue || '' },
    ...(event.summary ? { description: event.summary } : {}),
    organizer: organizers,
    inLanguage: locale,
  })
}

type Authored = {
  title: string
  slug: string
  publishedAt?: string | null
  updatedAt: string
  topics?: (string | Topic)[] | null
}

function articleBase(collection: PageCollection, doc: Authored, locale: SiteLocale): Thing {
  return {
    headline: doc.title,
    name: doc.title,
    url: urlOf(collection, doc.slug, locale),
    ...(doc.publishedAt ? { datePublished: doc.publishedAt } : {}),
    dateModified: doc.updatedAt,
    inLanguage: locale,
    keywords: populated<Topic>(doc.topics).map((topic) => topic.title),
  }
}

/** Research notes: a ScholarlyArticle, or a Report when it appears in a numbered series. */
export function researchNoteJsonLd(note: ResearchNote, locale: SiteLocale) {
  const publisher = note.citation?.publisher
  return withContext({
    '@type': note.citation?.series ? 'Report' : 'ScholarlyArticle',
    ...articleBase('researchNotes', note, locale),
    author: populated<Person>(note.authors).map((person) => personThing(person, locale)),
    ...(note.abstract ? { abstract: note.abstract, description: note.abstract } : {}),
    ...(note.doi
      ? { identifier: `https://doi.org/${note.doi}`, sameAs: `https://doi.org/${note.doi}` }
      : {}),
    ...(typeof publisher === 'object' && publisher
      ? { publisher: organisationThing(publisher, locale) }
      : {}),
    ...(note.citation?.number ? { reportNumber: note.citation.number } : {}),
    // A URL, as schema.org and Google expect; "all rights reserved" has none.
    ...(licenceUrl(note.licence) ? { license: licenceUrl(note.licence) } : {}),
  })
}

export function pressReleaseJsonLd(release: PressRelease, locale: SiteLocale) {
  const contactOrganisations = (release.contacts ?? [])
    .map((contact) => contact.organisation)
    .filter((o): o is Organisation => typeof o === 'object' && o !== null)
  return withContext({
    '@type': 'NewsArticle',
    ...articleBase('pressReleases', release, locale),
    ...(release.summary ? { description: release.summary } : {}),
    author: contactOrganisations.length
      ? contactOrganisations.map((o) => organisationThing(o, locale))
      : [{ '@type': 'Organization', name: 'Wissenshub', url: absolute('/') }],
    image: populated<{ url?: string | null }>(release.figures)
      .map((figure) => figure.url)
      .filter(Boolean)
      .map((url) => absolute(String(url))),
  })
}

/** Talks, impulses and panels: creative works by their speakers, authors or panellists. */
export function contributionJsonLd(
  collection: 'talks' | 'impulses' | 'panels',
  doc: Authored,
  people: Person[],
  description: string | null | undefined,
  event: Event | null,
  locale: SiteLocale,
) {
  return withContext({
    '@type': collection === 'talks' ? 'PresentationDigitalDocument' : 'CreativeWork',
    ...articleBase(collection, doc, locale),
    author: people.map((person) => personThing(person, locale)),
    ...(description ? { description } : {}),
    ...(event
      ? {
          recordedAt: {
            '@type': 'Event',
            name: event.title,
            startDate: event.startsAt,
            url: urlOf('events', event.slug, locale),
          },
        }
      : {}),
  })
}
