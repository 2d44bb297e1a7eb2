import { Fragment } from 'react'

import { HIGHLIGHT_END, HIGHLIGHT_START } from '@/search/searchPublications'

/** Renders Meilisearch's highlight markers as <mark>, everything else as escaped text. */
export function Highlighted({ text }: { text: string }) {
  const parts = text.split(HIGHLIGHT_START)
  return (
    <>
      {parts.map((part, index) => {
        if (index === 0) return <Fragment key={index}>{part}</Fragment>
        const [marked, rest = ''] = part.split(HIGHLIGHT_END)
        return (
          <Fragment key={index}>
            <mark>{marked}</mark>
            {rest}
          </Fragment>
        )
      })}
    </>
  )
}
