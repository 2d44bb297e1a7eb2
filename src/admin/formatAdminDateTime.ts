/** The admin's time zone until it becomes configurable; the site enforces embargoes in it too. */
export const ADMIN_TIME_ZONE = 'Europe/Berlin'

const formatter = new Intl.DateTimeFormat('de-DE', {
  timeZone: ADMIN_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

/** `30.11.2026, 23:18` in Berlin time, whatever the server's or browser's zone. */
export function formatAdminDateTime(value: string | Date): string {
  return formatter.format(typeof value === 'string' ? new Date(value) : value)
}
