/**
 * OAI-PMH 2.0 (https://www.openarchives.org/OAI/openarchivesprotocol.html) over the published
 * talks and research notes, as Simple Dublin Core (`oai_dc`), so that repositories and
 * aggregators can harvest them. Reads as an anonymous visitor: drafts and embargoed items do not
 * exist here.
 */
import type { Payload, Where } from 'payload'
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces'

import { newXmlDocument } from '@/domain/xmlDocument'
import { publicationPath } from '@/site/paths'

import { toDublinCore, type HarvestedCollection } from './dublinCore'
import { datestamp, OaiDateError, parseDateRange } from './oaiDates'
import { datestampWhere, recordDatestamp } from './recordDatestamp'
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

/** Where the repository is and who runs it (`OAI_ADMIN_EMAIL`, `OAI_REPOSITORY_IDENTIFIER`). */
export type OaiRepository = {
  baseUrl: string
  serverUrl: string
  adminEmail: string
  /** The namespace of identifiers, `oai:<this>:talks/<id>`: a domain name the operator owns. */
  repositoryIdentifier: string
}

type Context = OaiRepository & { payload: Payload; now: Date }

// The setSpec pattern of the OAI-PMH schema.
const SET_SPEC = /^[A-Za-z0-9\-_.!~*'()]+(:[A-Za-z0-9\-_.!~*'()]+)*$/

function identifierOf(ctx: Context, collection: HarvestedCollection, id: string) {
  const set = SETS.find((candidate) => candidate.collection === collection)!
  return `oai:${ctx.repositoryIdentifier}:${set.spec}/${id}`
}

function parseIdentifier(ctx: Context, identifier: string) {
  const match = new RegExp(
    `^oai:${ctx.repositoryIdentifier.replace(/\./g, '\\.')}:([a-z-]+)/([0-9a-f]{24})$`,
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
  if (args.set !== undefined && !SET_SPEC.test(args.set)) {
    throw new OaiError('badArgument', "set is not a set spec (letters, digits, -_.!~*'() and :).")
  }
  try {
    parseDateRange(args.from, args.until)
  } catch (error) {
    if (error instanceof OaiDateError) throw new OaiError('badArgument', error.message)
    throw error
  }
  if (args.metadataPrefix !== undefined && args.metadataPrefix !== 'oai_dc') {
    throw new OaiError('cannotDisseminateFormat', 'The only metadata format is oai_dc.')
  }
}

// updatedAt: a change of what a record shows changes its datestamp (`recordDatestamp`).
const POPULATE = {
  people: { name: true, updatedAt: true },
  topics: { title: true, updatedAt: true },
  events: { title: true, updatedAt: true },
  organisations: { name: true, updatedAt: true },
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

type Deleted = { harvestedCollection: HarvestedCollection; docId: string; deletedAt: string }

function addHeader(
  parent: XMLBuilder,
  ctx: Context,
  collection: HarvestedCollection,
  doc: Harvested,
) {
  writeHeader(parent, ctx, collection, String(doc.id), recordDatestamp(collection, doc))
}

function writeHeader(
  parent: XMLBuilder,
  ctx: Context,
  collection: HarvestedCollection,
  id: string,
  stamp: Date | string,
  deleted = false,
) {
  const header = parent.ele(OAI, 'header')
  if (deleted) header.att('status', 'deleted')
  header.ele(OAI, 'identifier').txt(identifierOf(ctx, collection, id))
  header.ele(OAI, 'datestamp').txt(datestamp(stamp))
  header.ele(OAI, 'setSpec').txt(SETS.find((set) => set.collection === collection)!.spec)
}

/** A deleted record: its header only, `status="deleted"` (in ListRecords inside a record). */
function addDeleted(parent: XMLBuilder, ctx: Context, deleted: Deleted, asRecord: boolean) {
  const { harvestedCollection, docId, deletedAt } = deleted
  const into = asRecord ? parent.ele(OAI, 'record') : parent
  writeHeader(into, ctx, harvestedCollection, docId, deletedAt, true)
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
  const { docs: deletions } = await ctx.payload.find({
    collection: 'oaiDeletedRecords',
    sort: 'deletedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
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
  const known = [...dates, deletions[0]?.deletedAt]
    .filter((date): date is string => Boolean(date))
    .sort()
  return datestamp(known[0] ?? '2019-01-01T00:00:00Z')
}

async function identify(element: XMLBuilder, ctx: Context) {
  element.ele(OAI, 'repositoryName').txt('Wissenshub')
  element.ele(OAI, 'baseURL').txt(ctx.baseUrl)
  element.ele(OAI, 'protocolVersion').txt('2.0')
  element.ele(OAI, 'adminEmail').txt(ctx.adminEmail)
  element.ele(OAI, 'earliestDatestamp').txt(await earliestDatestamp(ctx))
  element.ele(OAI, 'deletedRecord').txt('persistent')
  element.ele(OAI, 'granularity').txt('YYYY-MM-DDThh:mm:ssZ')
}

/** One part of a list: the public items of a set, or the deleted records of a set. */
type Source = { collection: HarvestedCollection; deleted: boolean }

function deletedWhere(
  collection: HarvestedCollection,
  range: { from?: Date; until?: Date },
): Where {
  return {
    and: [
      { harvestedCollection: { equals: collection } },
      ...(range.from ? [{ deletedAt: { greater_than_equal: range.from.toISOString() } }] : []),
      ...(range.until ? [{ deletedAt: { less_than_equal: range.until.toISOString() } }] : []),
    ],
  }
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
  const sources: Source[] = [
    ...sets.map(({ collection }) => ({ collection, deleted: false })),
    ...sets.map(({ collection }) => ({ collection, deleted: true })),
  ]
  let range: ReturnType<typeof parseDateRange>
  try {
    range = parseDateRange(state.from, state.until)
  } catch (error) {
    // Only a token made outside the hub can carry dates the arguments' check would refuse.
    if (error instanceof OaiDateError) {
      throw new OaiError('badResumptionToken', 'This resumptionToken is not valid here.')
    }
    throw error
  }
  const wheres = await Promise.all(
    sources.map(async ({ collection, deleted }) =>
      deleted
        ? deletedWhere(collection, range)
        : { and: await datestampWhere(ctx.payload, collection, range) },
    ),
  )
  const counts = await Promise.all(
    sources.map(({ collection, deleted }, index) =>
      (deleted
        ? ctx.payload.count({ collection: 'oaiDeletedRecords', where: wheres[index] })
        : ctx.payload.count({ collection, where: wheres[index], overrideAccess: false })
      ).then((c) => c.totalDocs),
    ),
  )
  const completeListSize = counts.reduce((sum, count) => sum + count, 0)
  if (completeListSize === 0) throw new OaiError('noRecordsMatch', 'No records match.')

  // Skip sources with nothing in them, so that no token ever leads to an empty list.
  let index = state.collection
  let page = state.page
  while (index < sources.length && counts[index] <= (page - 1) * PAGE_SIZE) {
    index += 1
    page = 1
  }
  if (index >= sources.length) throw new OaiError('badResumptionToken', 'This list has ended.')
  const { collection, deleted } = sources[index]
  let hasNextPage: boolean
  let sent: number
  if (deleted) {
    const result = await ctx.payload.find({
      collection: 'oaiDeletedRecords',
      where: wheres[index],
      page,
      limit: PAGE_SIZE,
      sort: 'id',
      depth: 0,
      overrideAccess: true,
    })
    for (const doc of result.docs) addDeleted(element, ctx, doc as Deleted, verb === 'ListRecords')
    hasNextPage = result.hasNextPage
    sent = result.docs.length
  } else {
    const result = await findPublic(ctx, collection, wheres[index], page)
    for (const doc of result.docs) {
      if (verb === 'ListRecords') addRecord(element, ctx, collection, doc)
      else addHeader(element, ctx, collection, doc)
    }
    hasNextPage = result.hasNextPage
    sent = result.docs.length
  }
  const cursor = state.cursor + sent
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

async function findDeleted(ctx: Context, collection: HarvestedCollection, id: string) {
  const { docs } = await ctx.payload.find({
    collection: 'oaiDeletedRecords',
    where: { and: [{ harvestedCollection: { equals: collection } }, { docId: { equals: id } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0] as Deleted | undefined
}

async function getRecord(element: XMLBuilder, ctx: Context, args: Record<string, string>) {
  const parsed = parseIdentifier(ctx, args.identifier)
  const { docs } = parsed
    ? await findPublic(ctx, parsed.collection, { id: { equals: parsed.id } })
    : { docs: [] }
  const deleted =
    parsed && docs.length === 0 ? await findDeleted(ctx, parsed.collection, parsed.id) : undefined
  if (deleted) return addDeleted(element, ctx, deleted, true)
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

// The schema's pattern for metadataPrefix; other values are never echoed into the response.
const METADATA_PREFIX = /^[A-Za-z0-9\-_.!~*'()]+$/

/** Whether an argument may be echoed in `request`: only values the schema accepts. */
function echoable(key: string, value: string) {
  if (key === 'verb') return Object.hasOwn(VERB_ARGUMENTS, value)
  if (key === 'metadataPrefix') return METADATA_PREFIX.test(value)
  if (key === 'set') return SET_SPEC.test(value)
  return ['identifier', 'from', 'until', 'resumptionToken'].includes(key) && !/\s/.test(value)
}

/** Answers one OAI-PMH request (GET query or POST form) with the response document. */
export async function answerOaiRequest(
  payload: Payload,
  params: URLSearchParams,
  { now = new Date(), ...repository }: OaiRepository & { now?: Date },
): Promise<string> {
  const ctx: Context = { payload, ...repository, now }
  const { baseUrl } = repository
  const root = newXmlDocument()
    .ele(OAI, 'OAI-PMH')
    .att(XSI, 'xsi:schemaLocation', `${OAI} http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd`)
  root.ele(OAI, 'responseDate').txt(datestamp(now))
  const request = root.ele(OAI, 'request').txt(baseUrl)
  try {
    const args = argumentsOf(params)
    const verb = args.verb ?? ''
    if (!Object.hasOwn(VERB_ARGUMENTS, verb))
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
    const errorRoot = newXmlDocument()
      .ele(OAI, 'OAI-PMH')
      .att(XSI, 'xsi:schemaLocation', `${OAI} http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd`)
    errorRoot.ele(OAI, 'responseDate').txt(datestamp(now))
    const echoed = errorRoot.ele(OAI, 'request').txt(baseUrl)
    if (error.code !== 'badVerb' && error.code !== 'badArgument') {
      for (const [key, value] of params) if (echoable(key, value)) echoed.att(key, value)
    }
    errorRoot.ele(OAI, 'error').att('code', error.code).txt(error.message)
    return errorRoot.end({ prettyPrint: false })
  }
}
