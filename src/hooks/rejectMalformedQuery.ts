import type { CollectionBeforeOperationHook } from 'payload'
import { validOperatorSet } from 'payload/shared'

import { QueryProblem } from '@/api/queryProblem'

const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])
const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
const SORT_ENTRY = /^-?\w+(?:\.\w+)*$/
const OBJECT_ID = /^[0-9a-f]{24}$/i

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const isScalar = (value: unknown) =>
  value === null || value instanceof Date || ['string', 'number', 'boolean'].includes(typeof value)

function operandProblem(path: string, operator: string, operand: unknown): string | undefined {
  const at = `where[${path.replaceAll('.', '][')}][${operator}]`
  if (GEO_OPERATORS.has(operator)) {
    return `${at}: ${operator} applies only to geographic point fields, and there are none here.`
  }
  if (operator === 'exists') {
    return [true, false, 'true', 'false'].includes(operand as string)
      ? undefined
      : `${at}: exists takes true or false.`
  }
  if (LIST_OPERATORS.has(operator)) {
    // Empty entries (`in=` with nothing chosen, as the admin sends it) match nothing.
    const items = typeof operand === 'string' ? operand.split(',').filter(Boolean) : operand
    if (!Array.isArray(items) || !items.every(isScalar)) {
      return `${at}: ${operator} takes a comma-separated list of values, e.g. ${at}=a,b.`
    }
    const isIdPath = path === 'id' || path.endsWith('.id')
    if (isIdPath && !items.every((item) => item === '' || OBJECT_ID.test(String(item)))) {
      return `${at}: ids are 24 hexadecimal characters.`
    }
    return undefined
  }
  return isScalar(operand)
    ? undefined
    : `${at}: ${operator} takes a single value, not a list or object.`
}

function whereProblems(where: unknown, problems: string[], path = ''): void {
  if (!isPlainObject(where)) {
    problems.push(
      `where${path ? `[${path.replaceAll('.', '][')}]` : ''}: expected conditions such as where[title][equals]=Energie.`,
    )
    return
  }
  for (const [key, value] of Object.entries(where)) {
    if (!path && (key === 'and' || key === 'or')) {
      if (!Array.isArray(value)) problems.push(`where[${key}]: expected a list of conditions.`)
      else for (const condition of value) whereProblems(condition, problems)
    } else if (path && validOperatorSet.has(key as never)) {
      const problem = operandProblem(path, key, value)
      if (problem) problems.push(problem)
    } else {
      // Not an operator: a nested field path (`where[seo][title][equals]`), as Payload reads it.
      whereProblems(value, problems, path ? `${path}.${key}` : key)
    }
  }
}

function sortProblem(sort: unknown): string | undefined {
  if (sort === undefined) return undefined
  const entries = typeof sort === 'string' ? sort.split(',') : sort
  if (Array.isArray(entries) && entries.every((entry) => SORT_ENTRY.test(String(entry)))) return
  return 'sort: field names separated by commas, each optionally with "-" for descending, e.g. sort=-publishedAt,title.'
}

/**
 * A `where` or `sort` that Payload passes on to the database unchecked made it fail with a 500:
 * an object where a value belongs (`where[title][equals][$gt]=`), a geographic operator on a
 * date, ids that are not ids, a sort on `$where`. Paths and access are Payload's own checks;
 * this one checks the shape of values and answers 400 naming the parameter.
 */
export const rejectMalformedQuery: CollectionBeforeOperationHook = ({ args, req }) => {
  // The app's own queries (pages, feeds, jobs) are written in code, not taken from a URL.
  if (req.payloadAPI === 'local') return args
  const { where, sort } = args as { where?: unknown; sort?: unknown }
  const problems: string[] = []
  if (where !== undefined && where !== null) whereProblems(where, problems)
  const sortIssue = sortProblem(sort)
  if (sortIssue) problems.push(sortIssue)
  if (problems.length > 0) throw new QueryProblem(problems.join(' '))
  return args
}
