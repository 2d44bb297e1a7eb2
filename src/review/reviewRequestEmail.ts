import type { StaticLabel } from 'payload'

const labelIn = (label: StaticLabel, language: 'de' | 'en') =>
  typeof label === 'string' ? label : (label[language] ?? Object.values(label)[0] ?? '')

/** The editors' notification: German first, English below, with the link into the admin. */
export function reviewRequestEmail({
  title,
  type,
  author,
  url,
}: {
  title: string
  type: StaticLabel
  author: string | null
  url: string
}) {
  const name = title || '(ohne Titel)'
  const subject = `Zur Prüfung eingereicht: ${name}`
  const text = [
    `${labelIn(type, 'de')} „${name}“ wurde zur Prüfung eingereicht` +
      (author ? ` von ${author}.` : '.'),
    `Öffnen: ${url}`,
    '',
    '---',
    '',
    `${labelIn(type, 'en')} "${name}" was submitted for review` + (author ? ` by ${author}.` : '.'),
    `Open: ${url}`,
  ].join('\n')
  return { subject, text }
}
