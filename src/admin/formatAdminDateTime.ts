import { hubTimeZone } from '@/domain/hubTimeZone'

/** `30.11.2026, 23:18` in the hub's time zone, whatever the server's or browser's zone. */
export function formatAdminDateTime(value: string | Date): string {
  return new Intl.DateTimeFormat('de-DE', {
    timeZone: hubTimeZone(),
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(typeof value === 'string' ? new Date(value) : value)
}
