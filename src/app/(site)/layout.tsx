import type { Metadata } from 'next'
import Link from 'next/link'
import type { ReactNode } from 'react'

import './site.css'

export const metadata: Metadata = {
  title: { default: 'Wissenshub', template: '%s – Wissenshub' },
  description: 'Vorträge, Impulse und Ergebnisse aus der arbeitspolitischen Forschung',
}

export default function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="de">
      <body>
        <a className="skip-link" href="#inhalt">
          Zum Inhalt springen
        </a>
        <header className="site-header">
          <Link href="/" className="brand">
            Wissenshub
          </Link>
          <nav aria-label="Hauptnavigation">
            <Link href="/suche">Suche</Link>
          </nav>
        </header>
        <main id="inhalt">{children}</main>
        <footer className="site-footer">
          <p>Wissenshub – Wissen aus der arbeitspolitischen Praxis und Forschung</p>
        </footer>
      </body>
    </html>
  )
}
