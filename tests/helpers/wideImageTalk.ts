import sharp from 'sharp'

import { adminHeaders } from './actors'
import { loginAsAdmin, rest, stack, uniqueWord } from './api'

/**
 * A published talk whose body holds a 4,000 px wide photo (caption, credit, CC licence): the
 * page must still fit a phone and show the figure's caption, credit and licence.
 */
export async function createWideImageTalk() {
  const word = uniqueWord('Breitbild')
  const bytes = await sharp({
    create: { width: 4000, height: 1200, channels: 3, background: { r: 20, g: 90, b: 160 } },
  })
    .png()
    .toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), `${word}.png`)
  form.append(
    '_payload',
    JSON.stringify({
      alt: `Blaue Fläche ${word}`,
      caption: `Bildunterschrift ${word}`,
      credit: '© Testfotografin',
      licence: 'CC BY 4.0',
      // Figures inside rich text do not count as used by a public document yet
      // (src/uploads/mediaPublicUse.ts): an editor releases them, as documented.
      public: true,
    }),
  )
  const uploaded = await fetch(new URL('/api/media', stack().appUrl), {
    method: 'POST',
    headers: await adminHeaders(),
    body: form,
  })
  if (uploaded.status !== 201) throw new Error(`upload failed: ${uploaded.status}`)
  const media = ((await uploaded.json()) as { doc: { id: string } }).doc
  const paragraph = (text: string) => ({
    type: 'paragraph',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    textFormat: 0,
    children: [{ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
  })
  const body = {
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      children: [
        paragraph(`Vor dem Bild ${word}.`),
        {
          type: 'upload',
          relationTo: 'media',
          value: media.id,
          fields: null,
          format: '',
          version: 3,
        },
        paragraph('Nach dem Bild.'),
      ],
    },
  }
  const { status, json } = await rest<{ doc: { id: string; slug: string; title: string } }>(
    '/api/talks',
    {
      method: 'POST',
      token: await loginAsAdmin(),
      body: { title: `Vortrag mit Breitbild ${word}`, body, _status: 'published' },
    },
  )
  if (status !== 201) throw new Error(`creating the talk failed: ${status} ${JSON.stringify(json)}`)
  return { word, ...json.doc }
}
