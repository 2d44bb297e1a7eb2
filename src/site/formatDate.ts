const dateFormat = new Intl.DateTimeFormat('de-DE', {
  dateStyle: 'long',
  timeZone: 'Europe/Berlin',
})

export function formatGermanDate(iso: string | null | undefined): string {
  return iso ? dateFormat.format(new Date(iso)) : ''
}
