/**
 * The `from` and `until` arguments of OAI-PMH: a day (YYYY-MM-DD) or a second
 * (YYYY-MM-DDThh:mm:ssZ), both bounds inclusive at their granularity. Datestamps are written to
 * the second, so `until=…T10:00:00Z` includes a record stamped 10:00:00.900.
 */
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/
const SECOND = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/

export class OaiDateError extends Error {}

/** The instant a valid datestamp names, or an error that says what is wrong with it. */
function instantOf(value: string, bound: 'from' | 'until'): { date: Date; granularity: string } {
  const day = DAY.exec(value)
  const second = SECOND.exec(value)
  if (!day && !second) {
    throw new OaiDateError(`${bound}=${value} is not a date (YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ).`)
  }
  const [, year, month, dayOfMonth, hour = '00', minute = '00', sec = '00'] = (day ?? second)!
  const date = new Date(
    Date.UTC(Number(year), Number(month) - 1, Number(dayOfMonth), +hour, +minute, +sec),
  )
  const roundTrip = date.toISOString().slice(0, day ? 10 : 19)
  if (Number.isNaN(date.getTime()) || roundTrip !== value.replace(/Z$/, '')) {
    throw new OaiDateError(`${bound}=${value} is not a date that exists.`)
  }
  const end = day ? 86_400_000 - 1 : 999
  return {
    date: bound === 'until' ? new Date(date.getTime() + end) : date,
    granularity: day ? 'day' : 'second',
  }
}

/** The inclusive range of `from` and `until`; errors name the argument at fault. */
export function parseDateRange(from?: string, until?: string) {
  const start = from === undefined ? undefined : instantOf(from, 'from')
  const end = until === undefined ? undefined : instantOf(until, 'until')
  if (start && end && start.granularity !== end.granularity) {
    throw new OaiDateError('from and until must have the same granularity.')
  }
  if (start && end && start.date > end.date) throw new OaiDateError('from is after until.')
  return { from: start?.date, until: end?.date }
}

/** A datestamp as OAI-PMH writes it: UTC, to the second. */
export const datestamp = (date: string | Date) =>
  new Date(date).toISOString().replace(/\.\d{3}Z$/, 'Z')
