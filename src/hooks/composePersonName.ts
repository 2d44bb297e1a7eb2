import type { CollectionBeforeValidateHook } from 'payload'

import { fullName, namePartsOf } from '@/domain/nameParts'

/**
 * A person entered by parts gets the display name from them, so `name` is never left empty. An
 * update carries only the fields sent: the stored ones fill the rest, and a stored name stays.
 */
export const composePersonName: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  if (!data) return data
  const person = { ...originalDoc, ...data }
  if (typeof person.name === 'string' && person.name.trim()) return data
  const parts = namePartsOf({ ...person, name: '' })
  return parts ? { ...data, name: fullName(parts) } : data
}
