import { DATABASE_RETRY_AFTER_SECONDS } from './databaseReachability'

const TEXT = {
  de: {
    title: 'Vorübergehend nicht erreichbar',
    text: 'Der Wissenshub kann gerade keine Inhalte laden. Bitte versuchen Sie es in einer Minute erneut.',
  },
  en: {
    title: 'Temporarily unavailable',
    text: 'Wissenshub cannot load its content just now. Please try again in a minute.',
  },
}

/**
 * What a page request gets while the database is known to be down: a 503 with Retry-After, so
 * that browsers, crawlers and a CDN (stale-if-error) know it is temporary. The App Router cannot
 * answer a page with 503 itself; this is sent by the proxy, before any page is rendered.
 */
export function databaseUnavailablePage(pathname: string): Response {
  const locale = pathname === '/en' || pathname.startsWith('/en/') ? 'en' : 'de'
  const { title, text } = TEXT[locale]
  const html = `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${title} – Wissenshub</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5"><main><h1>${title}</h1><p>${text}</p></main></body></html>`
  return new Response(html, {
    status: 503,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Retry-After': String(DATABASE_RETRY_AFTER_SECONDS),
      'Cache-Control': 'no-store',
    },
  })
}
