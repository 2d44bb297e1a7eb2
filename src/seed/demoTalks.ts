import type { Talk } from '@/payload-types'

import { paragraphs } from './richText'

type DemoTalk = Pick<
  Talk,
  'title' | 'slug' | 'speakerName' | 'abstract' | 'body' | 'publishedAt'
> & {
  en: Pick<Talk, 'title' | 'abstract'>
}

/** Talks of the 2nd labour-policy annual conference (source: shared/seed press release). */
export const demoTalks: DemoTalk[] = [
  {
    title: 'Eröffnung der 2. Arbeitspolitischen Jahrestagung',
    slug: 'eroeffnung-2-arbeitspolitische-jahrestagung',
    speakerName: 'Björn Böhning',
    abstract:
      'Staatssekretär Björn Böhning (BMAS) eröffnet die Jahrestagung: Kleine und mittelständische Unternehmen brauchen besondere Unterstützung bei den Veränderungsprozessen durch Digitalisierung und Künstliche Intelligenz.',
    body: paragraphs(
      '„Kleine und mittelständische Unternehmen benötigen eine besondere Form von Unterstützung bei den durch Digitalisierung und der weiteren Verbreitung von Künstlicher Intelligenz anstehenden Veränderungsprozessen. Ich hoffe, dass durch die guten Beispiele einige Unternehmen motiviert werden konnten, innovative Konzepte gemeinsam mit ihren Beschäftigten auszuprobieren oder sich direkt an das Zukunftszentrum in ihrer Region zu wenden. Denn wir möchten insbesondere kleine Unternehmen mit der Aufgabe des Strukturwandels und ihren Qualifikationsstrategien nicht alleine lassen.“',
    ),
    publishedAt: '2021-06-22T13:00:00.000Z',
    en: {
      title: 'Opening of the 2nd Annual Labour Policy Conference',
      abstract:
        'State Secretary Björn Böhning (Federal Ministry of Labour and Social Affairs) opens the conference: small and medium-sized enterprises need particular support in the changes brought by digitalisation and artificial intelligence.',
    },
  },
  {
    title:
      'Digitale Transformation durch humane Arbeit – Wie sich neue Technologien und Kompetenzen komplementär ergänzen können',
    slug: 'digitale-transformation-durch-humane-arbeit',
    speakerName: 'Dr. Norbert Huchler',
    abstract:
      'Fachimpuls von Dr. Norbert Huchler (Institut für Sozialwissenschaftliche Forschung München) zur Frage, wie neue Technologien und menschliche Kompetenzen einander ergänzen können.',
    body: paragraphs(
      'Der Fachimpuls mündete in die anschließende Podiumsdiskussion „Welche Lern- und Arbeitskultur brauchen wir?“.',
    ),
    publishedAt: '2021-06-22T13:00:00.000Z',
    en: {
      title:
        'Digital transformation through humane work – how new technologies and competences can complement each other',
      abstract:
        'Expert input by Dr. Norbert Huchler (Institute for Social Science Research, Munich) on how new technologies and human competences can complement each other.',
    },
  },
]
