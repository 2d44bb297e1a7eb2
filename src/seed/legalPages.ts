import type { Payload } from 'payload'

import type { LegalPage } from '@/site/paths'

import type { SeedTally } from './conference/upsertBySlug'
import { document, type RichTextValue } from './richText'

type LegalText = { title: string; body: RichTextValue }
type LegalSeed = { key: LegalPage; de: LegalText; en: LegalText }

const DEMO_DE =
  'Hinweis für Betreiber: Dies sind Demodaten des Wissenshub. Ersetzen Sie alle Angaben ' +
  '(Name, Anschrift, Vertretung, Kontakt, Aufsichtsbehörde) durch die Ihrer Organisation, ' +
  'bevor die Seite öffentlich erreichbar ist.'
const DEMO_EN =
  'Note for operators: this is Wissenshub demo data. Replace every detail (name, address, ' +
  'representatives, contact, supervisory authority) with your organisation’s own before the ' +
  'site goes public.'

const ADDRESS = 'Wissenshub Demo e. V., Musterstraße 1, 04109 Leipzig, Deutschland'

export const LEGAL_SEEDS: LegalSeed[] = [
  {
    key: 'imprint',
    de: {
      title: 'Impressum',
      body: document(
        DEMO_DE,
        { heading: 'Angaben gemäß § 5 DDG' },
        ADDRESS,
        'Vertreten durch den Vorstand: Erika Mustermann (Vorsitzende), Max Beispiel',
        'Eingetragen im Vereinsregister beim Amtsgericht Leipzig, VR 0000 (Demo)',
        { heading: 'Kontakt' },
        'Telefon: +49 341 000000-0 · E-Mail: kontakt@wissenshub.example',
        { heading: 'Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV' },
        'Erika Mustermann, Anschrift wie oben',
        { heading: 'Haftung für Links' },
        'Für die Inhalte verlinkter Seiten sind ausschließlich deren Betreiber verantwortlich. ' +
          'Rechtswidrige Inhalte waren zum Zeitpunkt der Verlinkung nicht erkennbar; bei ' +
          'Bekanntwerden entfernen wir entsprechende Links umgehend.',
        { heading: 'Bildnachweise und Lizenzen' },
        'Bildnachweise und Lizenzen stehen unter jeder Abbildung. Texte stehen, soweit nicht ' +
          'anders angegeben, unter der Lizenz CC BY 4.0.',
      ),
    },
    en: {
      title: 'Imprint',
      body: document(
        DEMO_EN,
        { heading: 'Information pursuant to § 5 DDG (German Digital Services Act)' },
        ADDRESS,
        'Represented by the board: Erika Mustermann (chair), Max Beispiel',
        'Registered in the register of associations at the Leipzig local court, VR 0000 (demo)',
        { heading: 'Contact' },
        'Phone: +49 341 000000-0 · Email: kontakt@wissenshub.example',
        { heading: 'Responsible for content under § 18 (2) MStV' },
        'Erika Mustermann, address as above',
        { heading: 'Liability for links' },
        'The operators of linked pages alone are responsible for their content. No unlawful ' +
          'content was apparent when we linked; we remove such links as soon as we learn of it.',
        { heading: 'Image credits and licences' },
        'Credits and licences are given below each image. Unless stated otherwise, texts are ' +
          'licensed under CC BY 4.0.',
      ),
    },
  },
  {
    key: 'privacy',
    de: {
      title: 'Datenschutzerklärung',
      body: document(
        DEMO_DE,
        { heading: 'Verantwortliche Stelle' },
        `${ADDRESS} · datenschutz@wissenshub.example`,
        { heading: 'Was wir beim Besuch dieser Website verarbeiten' },
        'Der Server verarbeitet beim Abruf einer Seite die IP-Adresse, Datum und Uhrzeit, die ' +
          'abgerufene Adresse und den Browsertyp, um die Seite auszuliefern und ihren Betrieb ' +
          'zu sichern (Art. 6 Abs. 1 lit. f DSGVO). Protokolle werden nach 7 Tagen gelöscht.',
        'Diese Website setzt keine Cookies für Besucherinnen und Besucher, bindet keine ' +
          'Schriften, Karten, Videos oder Analysewerkzeuge Dritter ein und gibt keine Daten an ' +
          'Dritte weiter. Die Suche wird auf unserem eigenen Server ausgeführt.',
        { heading: 'Redaktionszugang' },
        'Für angemeldete Redakteurinnen und Redakteure wird ein technisch notwendiges ' +
          'Sitzungscookie gesetzt (Art. 6 Abs. 1 lit. b DSGVO).',
        { heading: 'Ihre Rechte' },
        'Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der ' +
          'Verarbeitung, Datenübertragbarkeit und Widerspruch (Art. 15–21 DSGVO) sowie das ' +
          'Recht auf Beschwerde bei einer Aufsichtsbehörde, etwa der Sächsischen ' +
          'Datenschutz- und Transparenzbeauftragten.',
      ),
    },
    en: {
      title: 'Privacy policy',
      body: document(
        DEMO_EN,
        { heading: 'Controller' },
        `${ADDRESS} · datenschutz@wissenshub.example`,
        { heading: 'What we process when you visit this site' },
        'To deliver a page and keep the service secure, the server processes your IP address, ' +
          'date and time, the address requested and the browser type (Art. 6 (1) (f) GDPR). ' +
          'Logs are deleted after 7 days.',
        'This site sets no cookies for visitors, embeds no third-party fonts, maps, videos or ' +
          'analytics and passes no data to third parties. Search runs on our own server.',
        { heading: 'Editorial access' },
        'Signed-in editors get a technically necessary session cookie (Art. 6 (1) (b) GDPR).',
        { heading: 'Your rights' },
        'You have the right of access, rectification, erasure, restriction, data portability ' +
          'and objection (Art. 15–21 GDPR) and the right to lodge a complaint with a ' +
          'supervisory authority, such as the Saxon data protection commissioner.',
      ),
    },
  },
  {
    key: 'contact',
    de: {
      title: 'Kontakt',
      body: document(
        DEMO_DE,
        { heading: 'Redaktion' },
        'E-Mail: redaktion@wissenshub.example · Telefon: +49 341 000000-10',
        { heading: 'Presse' },
        'Pressekontakte stehen in jeder Pressemitteilung. Allgemeine Presseanfragen: ' +
          'presse@wissenshub.example',
        { heading: 'Anschrift' },
        ADDRESS,
      ),
    },
    en: {
      title: 'Contact',
      body: document(
        DEMO_EN,
        { heading: 'Editorial office' },
        'Email: redaktion@wissenshub.example · Phone: +49 341 000000-10',
        { heading: 'Press' },
        'Each press release names its press contact. General press enquiries: ' +
          'presse@wissenshub.example',
        { heading: 'Address' },
        ADDRESS,
      ),
    },
  },
  {
    key: 'accessibility',
    de: {
      title: 'Erklärung zur Barrierefreiheit',
      body: document(
        DEMO_DE,
        'Wir sind bemüht, diese Website im Einklang mit der Barrierefreie-Informationstechnik-' +
          'Verordnung (BITV 2.0) und der EN 301 549 barrierefrei zugänglich zu machen.',
        { heading: 'Stand der Vereinbarkeit' },
        'Diese Website ist weitgehend mit den Anforderungen der BITV 2.0 vereinbar. Grundlage ' +
          'ist eine Selbstbewertung mit automatischen Prüfungen (axe) und Tastatur- und ' +
          'Screenreadertests. Stand dieser Erklärung: Dezember 2026 (Demo).',
        { heading: 'Nicht barrierefreie Inhalte' },
        'Ältere PDF-Dokumente sind zum Teil nicht barrierefrei. Platzhalterbilder im ' +
          'Demoinhalt ersetzen Fotos, die nicht vorliegen; ihr Alternativtext sagt das.',
        { heading: 'Barrieren melden: Feedback' },
        'Ist Ihnen eine Barriere aufgefallen? Schreiben Sie an barrierefreiheit@wissenshub.example ' +
          'oder rufen Sie +49 341 000000-20 an. Wir antworten innerhalb von sechs Wochen.',
        { heading: 'Schlichtungsverfahren' },
        'Wenn Sie auf Ihre Rückmeldung keine zufriedenstellende Antwort erhalten, können Sie ' +
          'ein Schlichtungsverfahren bei der Schlichtungsstelle nach § 16 BGG beantragen ' +
          '(www.schlichtungsstelle-bgg.de).',
      ),
    },
    en: {
      title: 'Accessibility statement',
      body: document(
        DEMO_EN,
        'We aim to make this website accessible in line with the German accessibility ' +
          'regulation BITV 2.0 and EN 301 549.',
        { heading: 'Compliance status' },
        'This website is largely compliant with BITV 2.0, based on a self-assessment with ' +
          'automated checks (axe) and keyboard and screen reader tests. Statement as of ' +
          'December 2026 (demo).',
        { heading: 'Content that is not accessible' },
        'Some older PDF documents are not accessible. Placeholder images in the demo content ' +
          'stand in for photos that are not available; their alt text says so.',
        { heading: 'Report a barrier: feedback' },
        'Found a barrier? Write to barrierefreiheit@wissenshub.example or call ' +
          '+49 341 000000-20. We answer within six weeks.',
        { heading: 'Conciliation' },
        'If you do not receive a satisfactory answer, you may apply for conciliation with the ' +
          'conciliation body under § 16 BGG (www.schlichtungsstelle-bgg.de).',
      ),
    },
  },
]

/** The four legal pages, German and English; a page already there is left as editors made it. */
export async function seedLegalPages(payload: Payload, tally: SeedTally) {
  for (const { key, de, en } of LEGAL_SEEDS) {
    const { docs } = await payload.find({
      collection: 'pages',
      where: { key: { equals: key } },
      limit: 1,
      depth: 0,
    })
    if (docs[0]) {
      tally.count('pages', 'present')
      continue
    }
    const created = await payload.create({
      collection: 'pages',
      locale: 'de',
      data: { key, ...de },
      context: { disableRevalidate: true },
    })
    await payload.update({
      collection: 'pages',
      id: created.id,
      locale: 'en',
      data: en,
      context: { disableRevalidate: true },
    })
    tally.count('pages', 'created')
  }
}
