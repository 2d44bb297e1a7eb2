import { adminHeaders } from './actors'
import { loginAsAdmin, rest, uniqueWord } from './api'
import { uploadPng } from './media'

/**
 * A published talk whose body holds a 4,000 px wide photo (caption, credit, CC licence): the
 * page must still fit a phone and show the figure's caption, credit and licence.
 */
export async function createWideImageTalk() {
  const word = uniqueWord('Breitbild')
  const media = await uploadPng({
    headers: await adminHeaders(),
    filename: `${word}.png`,
    width: 4000,
    height: 1200,
    data: {
      alt: `Blaue Fläche ${word}`,
      caption: `Bildunterschrift ${word}`,
      credit: '© Testfotografin',
      licence: 'CC BY 4.0',
      // Figures inside rich text do not count as used by a public document yet
      // (src/uploads/mediaPublicUse.ts): an editor releases them, as documented.
      public: true,
    },
  })
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
