import {
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  NoFragmentCyclesRule,
  parse,
  validate,
  type DocumentNode,
} from 'graphql'

import { isObject } from '@/domain/isObject'

// The cycle rule looks only at fragments and their spreads; any valid schema lets it run.
const ANY_SCHEMA = new GraphQLSchema({
  query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLString } } }),
})

async function documentOf(request: Request): Promise<DocumentNode | null> {
  if (!request.headers.get('content-type')?.toLowerCase().includes('application/json')) return null
  try {
    const body: unknown = JSON.parse(await request.clone().text())
    return isObject(body) && typeof body.query === 'string' ? parse(body.query) : null
  } catch {
    // Not JSON or not GraphQL: the GraphQL handler answers that itself.
    return null
  }
}

/**
 * A query whose fragments spread each other (`fragment A { ...B } fragment B { ...A }`) is invalid,
 * but Payload's query-complexity rule walks the spreads before GraphQL's own cycle rule reports
 * it, recursing until the stack overflows (a 500). Such a query is refused here first: 400.
 */
export async function graphqlFragmentCycles(request: Request): Promise<Response | null> {
  const document = await documentOf(request)
  if (!document) return null
  const errors = validate(ANY_SCHEMA, document, [NoFragmentCyclesRule])
  if (errors.length === 0) return null
  return Response.json(
    { errors: errors.map(({ message, locations }) => ({ message, locations })) },
    { status: 400 },
  )
}
