import type { CollectionBeforeValidateHook } from 'payload'

import { fullName, namePartsOf } from '@/domain/nameParts'

/** A person entered by parts gets the display name from them, so `name` is never left empty. */
export const composePersonName: CollectionBeforeValidateHook = ({ data }) => {
  if (!data || (typeof data.name === 'string' && data.name.trim())) return data
  const parts = namePartsOf({ ...data, name: '' })
  return parts ? { ...data, name: fullName(parts) } : data
}
