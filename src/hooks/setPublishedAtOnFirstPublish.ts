import type { CollectionBeforeChangeHook } from 'payload'

/** The first publication sets the date; later edits do not move an item up the lists. */
export const setPublishedAtOnFirstPublish: CollectionBeforeChangeHook = ({ data }) => {
  if (data._status === 'published' && !data.publishedAt) {
    return { ...data, publishedAt: new Date().toISOString() }
  }
  return data
}
