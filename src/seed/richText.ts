import type { Talk } from '@/payload-types'

/** The stored shape of a Lexical rich-text field, as Payload generates it. */
export type RichTextValue = NonNullable<Talk['body']>

/** A Lexical document of plain paragraphs, for seeding text that has no formatting. */
export function paragraphs(...texts: string[]): RichTextValue {
  return {
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      children: texts.map((text) => ({
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        textStyle: '',
        children: [
          { type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 },
        ],
      })),
    },
  }
}
