import type { CollectionBeforeValidateHook } from 'payload'

import { fullName, namePartsOf } from '@/domain/nameParts'

const composed = (person: Record<string, unknown>) => {
  const parts = namePartsOf({ ...person, name: '' })
  return parts ? fullName(parts) : undefined
}

/**
 * A person entered by parts gets the display name from them, so `name` is never left empty. An
 * update carries only the fields sent: a display name that was composed follows its parts, one
 * an editor wrote differently ("Prof. Dr. …") stays as written.
 */
export const composePersonName: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  if (!data || (typeof data.name === 'string' && data.name.trim())) return data
  const storedName = typeof originalDoc?.name === 'string' ? originalDoc.name.trim() : ''
  if (storedName && storedName !== composed(originalDoc)) return data
  const name = composed({ ...originalDoc, ...data })
  return name ? { ...data, name } : data
}
