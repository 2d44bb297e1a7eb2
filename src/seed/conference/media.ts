import sharp from 'sharp'

import type { Media } from '@/payload-types'

import { FIGURE_1_CAPTION, FIGURE_2_CAPTION, FIGURE_CREDIT } from './sourceText'
import { ensureEnglish, Registry, type SeedContext } from './upsertBySlug'

export const FIGURE = { first: 'abbildung-1', second: 'abbildung-2' } as const
export type FigureKey = (typeof FIGURE)[keyof typeof FIGURE]

type FigureSeed = Pick<Media, 'alt' | 'caption'> & {
  key: FigureKey
  number: number
  filename: string
  en: { alt: string; caption: string }
}

/** The release's two photos are not available: placeholders carry their captions and credit. */
export const FIGURES: FigureSeed[] = [
  {
    key: FIGURE.first,
    number: 1,
    filename: 'abbildung-1-platzhalter.png',
    alt:
      'Platzhalterbild für Abbildung 1 (das Originalfoto liegt nicht vor): Staatssekretär Björn ' +
      'Böhning im Gespräch mit Moderatorin Dr. Julia Kropf',
    caption: FIGURE_1_CAPTION,
    en: {
      alt:
        'Placeholder image for figure 1 (the original photo is not available): State Secretary ' +
        'Björn Böhning in conversation with moderator Dr Julia Kropf',
      caption:
        'State Secretary Björn Böhning in conversation with moderator Dr Julia Kropf at the 2nd ' +
        'Annual Labour Policy Conference in the programme “Zukunftszentren”, which is taking ' +
        'place virtually today.',
    },
  },
  {
    key: FIGURE.second,
    number: 2,
    filename: 'abbildung-2-platzhalter.png',
    alt:
      'Platzhalterbild für Abbildung 2 (das Originalfoto liegt nicht vor): Staatssekretär Björn ' +
      'Böhning spricht zur Eröffnung der Jahrestagung',
    caption: FIGURE_2_CAPTION,
    en: {
      alt:
        'Placeholder image for figure 2 (the original photo is not available): State Secretary ' +
        'Björn Böhning speaking at the opening of the annual conference',
      caption:
        'State Secretary Björn Böhning spoke at the opening of the 2nd Annual Labour Policy ' +
        'Conference in the programme “Zukunftszentren”, which is taking place virtually today.',
    },
  },
]

/** A 1200×675 PNG that says what it is: „Platzhalterbild“ and the figure number. */
async function placeholderPng(figureNumber: number): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675">
  <rect width="1200" height="675" fill="#e6ebef"/>
  <rect x="24" y="24" width="1152" height="627" fill="none" stroke="#9aa7b1" stroke-width="4"
    stroke-dasharray="18 12"/>
  <text x="600" y="320" text-anchor="middle" font-family="DejaVu Sans, sans-serif"
    font-size="84" fill="#2f3b45">Platzhalterbild</text>
  <text x="600" y="420" text-anchor="middle" font-family="DejaVu Sans, sans-serif"
    font-size="54" fill="#2f3b45">Abbildung ${figureNumber}</text>
</svg>`
  return sharp(Buffer.from(svg)).png().toBuffer()
}

/**
 * Media has no slug: a figure counts as present when its file name or its German alt text is
 * found (Payload renames an upload whose file name is taken, so the alt text is the fallback).
 */
export async function seedMedia(ctx: SeedContext): Promise<Registry<FigureKey>> {
  const { payload, tally } = ctx
  const ids = new Registry<FigureKey>('media')
  for (const { key, number, filename, alt, caption, en } of FIGURES) {
    const found = await payload.find({
      collection: 'media',
      where: { or: [{ filename: { equals: filename } }, { alt: { equals: alt } }] },
      locale: 'de',
      depth: 0,
      limit: 1,
      pagination: false,
    })
    const existing = found.docs[0]
    tally.count('media', existing ? 'present' : 'created')
    let doc = existing
    if (!doc) {
      const buffer = await placeholderPng(number)
      doc = await payload.create({
        collection: 'media',
        locale: 'de',
        depth: 0,
        data: { alt, caption, credit: FIGURE_CREDIT, isPlaceholder: true },
        file: { data: buffer, mimetype: 'image/png', name: filename, size: buffer.length },
      })
    }
    await ensureEnglish(ctx, 'media', doc, () => en)
    ids.set(key, doc.id)
  }
  return ids
}
