/**
 * The years a date may have anywhere in the hub. JavaScript accepts years from −271821 to
 * 275760, but feeds (RFC 3339), OAI-PMH datestamps, sitemaps and JSON Schema `date-time` all
 * need four digits: a date outside these years is a typing error, not a publication.
 */
export const EARLIEST_YEAR = 1000
export const LATEST_YEAR = 9999

/** A date as every interface can write it: an ISO 8601 string or Date in the years above. */
export function isStorableDate(value: unknown): boolean {
  const date =
    value instanceof Date ? value : typeof value === 'string' ? new Date(value) : undefined
  if (!date || Number.isNaN(date.getTime())) return false
  const year = date.getUTCFullYear()
  return year >= EARLIEST_YEAR && year <= LATEST_YEAR
}

export const STORABLE_DATE_MESSAGE =
  `Ein Datum im Format ISO 8601 (z. B. 2026-03-02T09:00:00Z) zwischen den Jahren ` +
  `${EARLIEST_YEAR} und ${LATEST_YEAR} erwartet / a date in ISO 8601 between the years ` +
  `${EARLIEST_YEAR} and ${LATEST_YEAR}`
