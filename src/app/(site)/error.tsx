'use client'

/**
 * Shown when a page cannot be rendered, e.g. while the database is unreachable (the server
 * answers 500 after the driver's 5 s timeout; the App Router cannot send a 503 from a page).
 * In production the error's message is withheld from the browser, so the text stays general.
 */
export default function SiteError({
  reset,
}: {
  error: Error & { digest?: string }
  reset: () => void
}) {
  return (
    <article>
      <h1>Seite vorübergehend nicht erreichbar</h1>
      <p>
        Die Inhalte können gerade nicht geladen werden. Bitte versuchen Sie es in einigen Sekunden
        erneut.
      </p>
      <button type="button" onClick={reset}>
        Erneut versuchen
      </button>
    </article>
  )
}
