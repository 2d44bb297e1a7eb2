import { RichText, type JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'
import type { ComponentProps } from 'react'

import type { Media } from '@/payload-types'

import { Figure } from './Figure'

/**
 * Images in a body become figures (responsive, with caption, credit and licence) instead of
 * Lexical's full-size `<picture>`; other uploads stay links to the file.
 */
const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  upload: (args) => {
    const value: unknown = (args.node as { value?: unknown }).value
    if (typeof value !== 'object' || value === null) return null
    const media = value as Media
    if (media.mimeType?.startsWith('image/')) return <Figure media={media} />
    return defaultConverters.upload && typeof defaultConverters.upload === 'function'
      ? defaultConverters.upload(args)
      : null
  },
})

export function SiteRichText({ data }: { data: ComponentProps<typeof RichText>['data'] }) {
  return <RichText data={data} converters={converters} />
}
