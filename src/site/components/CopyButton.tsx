'use client'

import { useTranslations } from 'next-intl'
import { useState } from 'react'

/** Copies `text`; without JavaScript (or clipboard access) the text beside it is selectable. */
export function CopyButton({
  text,
  label = 'copyCitation',
}: {
  text: string
  label?: 'copyCitation' | 'copyLink'
}) {
  const t = useTranslations('publication')
  const [copied, setCopied] = useState(false)
  return (
    <>
      <button
        type="button"
        className="copy-button"
        onClick={() =>
          navigator.clipboard.writeText(text).then(
            () => setCopied(true),
            () => setCopied(false),
          )
        }
      >
        {t(label)}
      </button>
      <span role="status" className="meta">
        {copied ? ` ${t('copied')}` : ''}
      </span>
    </>
  )
}
