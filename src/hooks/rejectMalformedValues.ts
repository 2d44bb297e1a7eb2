import {
  ValidationError,
  type CollectionBeforeOperationHook,
  type Field,
  type ValidationFieldError,
} from 'payload'

import { isStorableDate, STORABLE_DATE_MESSAGE } from '@/domain/storableDate'
import { HTTP_URL_MESSAGE, isHttpUrl } from '@/fields/httpUrl'

const OBJECT_ID = /^[0-9a-f]{24}$/i

/**
 * Deeper rich text is no text a person wrote; MongoDB stores at most 100 levels of nesting, and a
 * level of rich text takes two (a node and its list of children) besides the version's own.
 */
export const RICH_TEXT_MAX_DEPTH = 30
// Links in text may also stay on the site (`/vortraege/…`, `#abschnitt`) or open mail.
const TEXT_LINK = /^(?:[/#?]|mailto:)/i

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** An id as the API accepts it: an ObjectId string, or a populated document carrying one. */
function isReference(value: unknown, polymorphic: boolean): boolean {
  if (polymorphic) {
    return (
      isObject(value) && typeof value.relationTo === 'string' && isReference(value.value, false)
    )
  }
  if (typeof value === 'string') return OBJECT_ID.test(value)
  return isObject(value) && typeof value.id === 'string' && OBJECT_ID.test(value.id)
}

const isText = (value: unknown) => typeof value === 'string'
const TEXT = { test: isText, expected: 'Text erwartet / text' }

// What the database driver can store for each kind of field; anything else would make it throw.
const SCALAR_CHECKS: Partial<
  Record<Field['type'], { test: (value: unknown) => boolean; expected: string }>
> = {
  text: TEXT,
  textarea: TEXT,
  email: TEXT,
  code: TEXT,
  number: {
    test: (value) => typeof value === 'number' && Number.isFinite(value),
    expected: 'Eine Zahl erwartet / a number',
  },
  checkbox: {
    test: (value) => typeof value === 'boolean',
    expected: 'Ja/Nein erwartet / a boolean',
  },
  // The one check of every date field: feeds, OAI-PMH, sitemaps and API v1 need 4-digit years.
  date: { test: isStorableDate, expected: STORABLE_DATE_MESSAGE },
  richText: {
    test: (value) => isObject(value) && isObject(value.root),
    expected: 'Rich Text erwartet ({ root: … }) / rich text',
  },
}

function optionCheck(options: (string | { value: string })[]) {
  const allowed = options.map((option) => (typeof option === 'string' ? option : option.value))
  return {
    test: (value: unknown) => typeof value === 'string' && allowed.includes(value),
    expected: `Einer der Werte / one of: ${allowed.join(', ')}`,
  }
}

/** The rich text's nesting and its links, walked without recursion (the depth is the attack). */
function richTextProblem(root: unknown): string | undefined {
  const pending: { node: unknown; depth: number }[] = [{ node: root, depth: 0 }]
  while (pending.length > 0) {
    const { node, depth } = pending.pop()!
    if (!isObject(node)) continue
    if (depth > RICH_TEXT_MAX_DEPTH) {
      return `Rich Text ist zu tief verschachtelt (höchstens ${RICH_TEXT_MAX_DEPTH} Ebenen) / rich text nested too deeply (at most ${RICH_TEXT_MAX_DEPTH} levels)`
    }
    const fields = isObject(node.fields) ? node.fields : undefined
    const url = fields?.linkType === 'internal' ? undefined : fields?.url
    if ((node.type === 'link' || node.type === 'autolink') && typeof url === 'string') {
      if (!isHttpUrl(url) && !TEXT_LINK.test(url)) {
        return `Link „${url.slice(0, 60)}“: ${HTTP_URL_MESSAGE} (oder /pfad, #anker, mailto:)`
      }
    }
    if (Array.isArray(node.children)) {
      for (const child of node.children) pending.push({ node: child, depth: depth + 1 })
    }
  }
  return undefined
}

function check(fields: Field[], data: unknown, path: string, errors: ValidationFieldError[]) {
  if (!isObject(data)) return
  for (const field of fields) {
    if (!('name' in field)) {
      // Rows, collapsibles and unnamed tabs keep their fields at this level.
      if ('fields' in field) check(field.fields, data, path, errors)
      if (field.type === 'tabs') for (const tab of field.tabs) check(tab.fields, data, path, errors)
      continue
    }
    const value = data[field.name]
    const at = path ? `${path}.${field.name}` : field.name
    if (value === undefined || value === null) continue
    const scalar =
      field.type === 'select' || field.type === 'radio'
        ? optionCheck(field.options)
        : SCALAR_CHECKS[field.type]
    if (scalar) {
      const many = 'hasMany' in field && field.hasMany === true
      const ok = many ? Array.isArray(value) && value.every(scalar.test) : scalar.test(value)
      if (!ok)
        errors.push({
          path: at,
          message: many ? `${scalar.expected} (Liste / list)` : scalar.expected,
        })
      else if (field.custom?.httpUrl === true && value !== '' && !isHttpUrl(String(value)))
        errors.push({ path: at, message: HTTP_URL_MESSAGE })
      else if (field.type === 'richText') {
        const problem = richTextProblem((value as { root: unknown }).root)
        if (problem) errors.push({ path: at, message: problem })
      }
    } else if (field.type === 'relationship' || field.type === 'upload') {
      const polymorphic = Array.isArray(field.relationTo)
      const values = field.hasMany ? value : [value]
      if (!Array.isArray(values) || !values.every((item) => isReference(item, polymorphic))) {
        errors.push({
          path: at,
          message: field.hasMany
            ? 'Eine Liste von IDs (24 Hex-Zeichen) erwartet / a list of ids (24 hex characters)'
            : 'Eine ID (24 Hex-Zeichen) erwartet / an id (24 hex characters)',
        })
      }
    } else if (field.type === 'array' && Array.isArray(value)) {
      // Not a list at all is left to Payload: the admin sends a row count in its place.
      value.forEach((row, index) => check(field.fields, row, `${at}.${index}`, errors))
    } else if (field.type === 'group') {
      check(field.fields, value, at, errors)
    }
  }
}

/**
 * Drafts are saved without Payload's validation (so authors can keep half-done work), but a value
 * of the wrong kind (a list for a title, a word for an id) would make the database driver throw,
 * a 500 (some even before any hook, in Payload's own preparation of relationships). This check
 * of kinds, not of content, runs before every create and update, drafts included, and answers
 * 400 naming the field.
 */
export const rejectMalformedValues: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  const errors: ValidationFieldError[] = []
  check(collection.fields, (args as { data?: unknown }).data, '', errors)
  if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors, req })
  return args
}
