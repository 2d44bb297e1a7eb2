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

type Block = string | { heading: string }

/** A Lexical document of level-2 headings and plain paragraphs. */
export function document(...blocks: Block[]): RichTextValue {
  const text = (value: string) => ({
    type: 'text',
    text: value,
    format: 0,
    style: '',
    mode: 'normal',
    detail: 0,
    version: 1,
  })
  const common = { format: '', indent: 0, version: 1, direction: 'ltr' } as const
  return {
    root: {
      type: 'root',
      ...common,
      children: blocks.map((block) =>
        typeof block === 'string'
          ? { type: 'paragraph', ...common, textFormat: 0, textStyle: '', children: [text(block)] }
          : { type: 'heading', tag: 'h2', ...common, children: [text(block.heading)] },
      ),
    },
  }
}
