/**
 * OAI-PMH 2.0 (https://www.openarchives.org/OAI/openarchivesprotocol.html) over the published
 * talks and research notes, as Simple Dublin Core (`oai_dc`), so that repositories and
 * aggregators can harvest them. Reads as an anonymous visitor: drafts and embargoed items do not
 * exist here.
 */
import type { Payload, Where } from 'payload'
import { create } from 'xmlbuilder2'
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces'

import { publicationPath } from '@/site/paths'

import { toDublinCore, type HarvestedCollection } from './dublinCore'
import {
  decodeResumptionToken,
  encodeResumptionToken,
  type ResumptionState,
} from './resumptionToken'

const OAI = 'http://www.openarchives.org/OAI/2.0/'
const XSI = 'http://www.w3.org/2001/XMLSchema-instance'
const OAI_DC = 'http://www.openarchives.org/OAI/2.0/oai_dc/'
const DC = 'http://purl.org/dc/elements/1.1/'
const PAGE_SIZE = 50

const SETS: { spec: string; collection: HarvestedCollection; name: string }[] = [
  { spec: 'talks', collection: 'talks', name: 'Vorträge / Talks' },
  {
    spec: 'research-notes',
    collection: 'researchNotes',
    name: 'Forschungsnotizen / Research notes',
  },
]

const VERB_ARGUMENTS: Record<string, { required: string[]; optional: string[] }> = {
  Identify: { required: [], optional: [] },
  ListMetadataFormats: { required: [], optional: ['identifier'] },
  ListSets: { required: [], optional: ['resumptionToken'] },
  ListIdentifiers: { required: ['metadataPrefix'], optional: ['from', 'until', 'set'] },
  ListRecords: { required: ['metadataPrefix'], optional: ['from', 'until', 'set'] },
  GetRecord: { required: ['identifier', 'metadataPrefix'], optional: [] },
}

class OaiError extends Error {
  constructor(
    readonly code:
      | 'badArgument'
      | 'badResumptionToken'
      | 'badVerb'
      | 'cannotDisseminateFormat'
      | 'idDoesNotExist'
      | 'noRecordsMatch'
      | 'noSetHierarchy',
    message: string,
  ) {
    super(message)
  }
}

type Context = { payload: Payload; baseUrl: string; serverUrl: string; now: Date }

const DAY = /^\d{4}-\d{2}-\d{2}$/
const SECOND = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/

const datestamp = (date: string | Date) => new Date(date).toISOString().replace(/\.\d{3}Z$/, 'Z')

function repositoryHost(serverUrl: string) {
  return new URL(serverUrl).hostname
}

function identifierOf(ctx: Context, collection: HarvestedCollection, id: string) {
  const set = SETS.find((candidate) => candidate.collection === collection)!
  return `oai:${repositoryHost(ctx.serverUrl)}:${set.spec}/${id}`
}

function parseIdentifier(ctx: Context, identifier: string) {
  const match = new RegExp(
    `^oai:${repositoryHost(ctx.serverUrl).replace(/\./g, '\\.')}:([a-z-]+)/([0-9a-f]{24})$`,
  ).exec(identifier)
  const set = match && SETS.find((candidate) => candidate.spec === match[1])
  return set ? { collection: set.collection, id: match[2] } : undefined
}

/** Arguments as given; an argument given twice is illegal in OAI-PMH. */
function argumentsOf(params: URLSearchParams): Record<string, string> {
  const args: Record<string, string> = {}
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key)
    if (values.length > 1) throw new OaiError('badArgument', `The argument ${key} is repeated.`)
    args[key] = values[0]
  }
  return args
}

function checkArguments(verb: string, args: Record<string, string>) {
  const allowed = VERB_ARGUMENTS[verb]
  const given = Object.keys(args).filter((key) => key !== 'verb')
  if (verb.startsWith('List') && args.resumptionToken !== undefined) {
    if (given.length > 1) {
      throw new OaiError('badArgument', 'resumptionToken is an exclusive argument.')
    }
    return
  }
  for (const key of given) {
    if (!allowed.required.includes(key) && !allowed.optional.includes(key)) {
      throw new OaiError('badArgument', `${verb} does not take the argument ${key}.`)
    }
  }
  for (const key of allowed.required) {
    if (!args[key]) throw new OaiError('badArgument', `${verb} needs the argument ${key}.`)
  }
  if (args.metadataPrefix !== undefined && args.metadataPrefix !== 'oai_dc') {
    throw new OaiError('cannotDisseminateFormat', 'The only metadata format is oai_dc.')
  }
}

// A date of the right shape may still not exist (2026-13-45, 2026-02-30): the parsed date must
// print as what was sent.
const isRealDate = (value: string) => {
  const date = new Date(DAY.test(value) ? `${value}T00:00:00Z` : value)
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value.replace(/Z$/, ''))
}

function dateRange(from?: string, until?: string): Where[] {
  for (const value of [from, until]) {
    if (value !== undefined && ((!DAY.test(value) && !SECOND.test(value)) || !isRealDate(value))) {
      throw new OaiError(
        'badArgument',
        `${value} is not a date (YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ).`,
      )
    }
  }
  if (from && until && from.length !== until.length) {
    throw new OaiError('badArgument', 'from and until must have the same granularity.')
  }
  const start = from && new Date(DAY.test(from) ? `${from}T00:00:00Z` : from)
  const end = until && new Date(DAY.test(until) ? `${until}T23:59:59.999Z` : until)
  if (start && end && start > end) throw new OaiError('badArgument', 'from is after until.')
  return [
    ...(start ? [{ updatedAt: { greater_than_equal: start.toISOString() } }] : []),
    ...(end ? [{ updatedAt: { less_than_equal: end.toISOString() } }] : []),
  ]
}

const POPULATE = {
  people: { name: true },
  topics: { title: true },
  events: { title: true },
  organisations: { name: true },
} as const

function findPublic(ctx: Context, collection: HarvestedCollection, where: Where, page = 1) {
  return ctx.payload.find({
    collection,
    where,
    page,
    limit: PAGE_SIZE,
    sort: 'id',
    depth: 1,
    populate: POPULATE,
    locale: 'de',
    draft: false,
    overrideAccess: false,
  })
}

type Harvested = Awaited<ReturnType<typeof findPublic>>['docs'][number]

function addHeader(
  parent: XMLBuilder,
  ctx: Context,
  collection: HarvestedCollection,
  doc: Harvested,
) {
  const header = parent.ele(OAI, 'header')
  header.ele(OAI, 'identifier').txt(identifierOf(ctx, collection, String(doc.id)))
  header.ele(OAI, 'datestamp').txt(datestamp(doc.updatedAt))
  header.ele(OAI, 'setSpec').txt(SETS.find((set) => set.collection === collection)!.spec)
}

function addRecord(
  parent: XMLBuilder,
  ctx: Context,
  collection: HarvestedCollection,
  doc: Harvested,
) {
  const record = parent.ele(OAI, 'record')
  addHeader(record, ctx, collection, doc)
  const url = new URL(publicationPath(collection, doc.slug), ctx.serverUrl).toString()
  const dc = record
    .ele(OAI, 'metadata')
    .ele(OAI_DC, 'oai_dc:dc')
    .att('http://www.w3.org/2000/xmlns/', 'xmlns:dc', DC)
    .att(XSI, 'xsi:schemaLocation', `${OAI_DC} http://www.openarchives.org/OAI/2.0/oai_dc.xsd`)
  for (const [element, values] of Object.entries(toDublinCore(collection, doc, url))) {
    for (const value of values ?? []) dc.ele(DC, `dc:${element}`).txt(value)
  }
}

async function earliestDatestamp(ctx: Context) {
  const dates = await Promise.all(
    SETS.map(async ({ collection }) => {
      const { docs } = await ctx.payload.find({
        collection,
        sort: 'updatedAt',
        limit: 1,
        depth: 0,
        select: { updatedAt: true },
        overrideAccess: false,
        draft: false,
      })
      return docs[0]?.updatedAt
    }),
  )
  const known = dates.filter((date): date is string => Boolean(date)).sort()
  return datestamp(known[0] ?? '2019-01-01T00:00:00Z')
}

async function identify(element: XMLBuilder, ctx: Context) {
  element.ele(OAI, 'repositoryName').txt('Wissenshub')
  element.ele(OAI, 'baseURL').txt(ctx.baseUrl)
  element.ele(OAI, 'protocolVersion').txt('2.0')
  element.ele(OAI, 'adminEmail').txt(`oai@${repositoryHost(ctx.serverUrl)}`)
  element.ele(OAI, 'earliestDatestamp').txt(await earliestDatestamp(ctx))
  element.ele(OAI, 'deletedRecord').txt('no')
  element.ele(OAI, 'granularity').txt('YYYY-MM-DDThh:mm:ssZ')
}

async function list(
  element: XMLBuilder,
  ctx: Context,
  verb: 'ListRecords' | 'ListIdentifiers',
  args: Record<string, string>,
) {
  let state: ResumptionState
  if (args.resumptionToken !== undefined) {
    const decoded = decodeResumptionToken(args.resumptionToken)
    if (!decoded || decoded.verb !== verb) {
      throw new OaiError('badResumptionToken', 'This resumptionToken is not valid here.')
    }
    state = decoded
  } else {
    if (args.set !== undefined && !SETS.some((set) => set.spec === args.set)) {
      throw new OaiError('noRecordsMatch', `There is no set ${args.set}.`)
    }
    state = {
      set: args.set,
      from: args.from,
      until: args.until,
      collection: 0,
      page: 1,
      cursor: 0,
      verb,
    }
  }
  const sets = state.set ? SETS.filter((set) => set.spec === state.set) : SETS
  const where: Where = { and: dateRange(state.from, state.until) }
  const counts = await Promise.all(
    sets.map(({ collection }) =>
      ctx.payload.count({ collection, where, overrideAccess: false }).then((c) => c.totalDocs),
    ),
  )
  const completeListSize = counts.reduce((sum, count) => sum + count, 0)
  if (completeListSize === 0) throw new OaiError('noRecordsMatch', 'No records match.')

  // Skip sets with nothing in them, so that no token ever leads to an empty list.
  let index = state.collection
  let page = state.page
  while (index < sets.length && counts[index] <= (page - 1) * PAGE_SIZE) {
    index += 1
    page = 1
  }
  if (index >= sets.length) throw new OaiError('badResumptionToken', 'This list has ended.')
  const { collection } = sets[index]
  const { docs, hasNextPage } = await findPublic(ctx, collection, where, page)
  for (const doc of docs) {
    if (verb === 'ListRecords') addRecord(element, ctx, collection, doc)
    else addHeader(element, ctx, collection, doc)
  }
  const cursor = state.cursor + docs.length
  const more = hasNextPage || counts.slice(index + 1).some((count) => count > 0)
  if (!more && args.resumptionToken === undefined) return
  const token = element
    .ele(OAI, 'resumptionToken')
    .att('completeListSize', String(completeListSize))
    .att('cursor', String(state.cursor))
  if (more) {
    token.txt(
      encodeResumptionToken({
        ...state,
        collection: hasNextPage ? index : index + 1,
        page: hasNextPage ? page + 1 : 1,
        cursor,
      }),
    )
  }
}

async function getRecord(element: XMLBuilder, ctx: Context, args: Record<string, string>) {
  const parsed = parseIdentifier(ctx, args.identifier)
  const { docs } = parsed
    ? await findPublic(ctx, parsed.collection, { id: { equals: parsed.id } })
    : { docs: [] }
  if (!parsed || docs.length === 0) {
    throw new OaiError('idDoesNotExist', `There is no record ${args.identifier}.`)
  }
  addRecord(element, ctx, parsed.collection, docs[0])
}

async function listMetadataFormats(
  element: XMLBuilder,
  ctx: Context,
  args: Record<string, string>,
) {
  if (args.identifier !== undefined) {
    const parsed = parseIdentifier(ctx, args.identifier)
    const found =
      parsed && (await findPublic(ctx, parsed.collection, { id: { equals: parsed.id } }))
    if (!found || found.docs.length === 0) {
      throw new OaiError('idDoesNotExist', `There is no record ${args.identifier}.`)
    }
  }
  const format = element.ele(OAI, 'metadataFormat')
  format.ele(OAI, 'metadataPrefix').txt('oai_dc')
  format.ele(OAI, 'schema').txt('http://www.openarchives.org/OAI/2.0/oai_dc.xsd')
  format.ele(OAI, 'metadataNamespace').txt(OAI_DC)
}

function listSets(element: XMLBuilder, args: Record<string, string>) {
  if (args.resumptionToken !== undefined) {
    throw new OaiError('badResumptionToken', 'The list of sets is never split.')
  }
  for (const set of SETS) {
    const entry = element.ele(OAI, 'set')
    entry.ele(OAI, 'setSpec').txt(set.spec)
    entry.ele(OAI, 'setName').txt(set.name)
  }
}

/** Answers one OAI-PMH request (GET query or POST form) with the response document. */
export async function answerOaiRequest(
  payload: Payload,
  params: URLSearchParams,
  { baseUrl, serverUrl, now = new Date() }: { baseUrl: string; serverUrl: string; now?: Date },
): Promise<string> {
  const ctx: Context = { payload, baseUrl, serverUrl, now }
  const root = create({ version: '1.0', encoding: 'UTF-8' })
    .ele(OAI, 'OAI-PMH')
    .att(XSI, 'xsi:schemaLocation', `${OAI} http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd`)
  root.ele(OAI, 'responseDate').txt(datestamp(now))
  const request = root.ele(OAI, 'request').txt(baseUrl)
  try {
    const args = argumentsOf(params)
    const verb = args.verb ?? ''
    if (!(verb in VERB_ARGUMENTS))
      throw new OaiError('badVerb', `${verb || 'No verb'} is not an OAI-PMH verb.`)
    checkArguments(verb, args)
    for (const [key, value] of Object.entries(args)) request.att(key, value)
    const element = root.ele(OAI, verb)
    if (verb === 'Identify') await identify(element, ctx)
    else if (verb === 'ListMetadataFormats') await listMetadataFormats(element, ctx, args)
    else if (verb === 'ListSets') listSets(element, args)
    else if (verb === 'GetRecord') await getRecord(element, ctx, args)
    else await list(element, ctx, verb as 'ListRecords' | 'ListIdentifiers', args)
    return root.end({ prettyPrint: false })
  } catch (error) {
    if (!(error instanceof OaiError)) throw error
    // The spec: after badVerb or badArgument the request element carries no attributes.
    const errorRoot = create({ version: '1.0', encoding: 'UTF-8' })
      .ele(OAI, 'OAI-PMH')
      .att(XSI, 'xsi:schemaLocation', `${OAI} http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd`)
    errorRoot.ele(OAI, 'responseDate').txt(datestamp(now))
    const echoed = errorRoot.ele(OAI, 'request').txt(baseUrl)
    if (error.code !== 'badVerb' && error.code !== 'badArgument') {
      for (const [key, value] of params) echoed.att(key, value)
    }
    errorRoot.ele(OAI, 'error').att('code', error.code).txt(error.message)
    return errorRoot.end({ prettyPrint: false })
  }
}
