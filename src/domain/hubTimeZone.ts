/**
 * The one time zone of the hub's dates: what editors type into the Sperrfrist and event fields,
 * what the admin shows and what the site prints. Stored values are instants (UTC); this zone
 * only decides how they are read and written by people. `HUB_TIME_ZONE` (an IANA name) changes it.
 */
export const DEFAULT_HUB_TIME_ZONE = 'Europe/Berlin'

export function hubTimeZone(): string {
  return process.env.HUB_TIME_ZONE || DEFAULT_HUB_TIME_ZONE
}

export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('de-DE', { timeZone: name })
    return true
  } catch {
    return false
  }
}
