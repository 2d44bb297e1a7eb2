import { getTranslations } from 'next-intl/server'

import { absoluteUrl } from '@/site/absoluteUrl'

import { CopyButton } from './CopyButton'

/**
 * Plain links to the networks' own share forms: nothing is loaded from them until a reader
 * clicks, so no third party learns who reads what.
 */
function shareTargets(url: string, title: string) {
  const text = `${title} ${url}`
  return [
    {
      key: 'email',
      href: `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(url)}`,
    },
    {
      key: 'linkedin',
      href: `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(url)}`,
    },
    { key: 'bluesky', href: `https://bsky.app/intent/compose?text=${encodeURIComponent(text)}` },
  ] as const
}

/** "Teilen": e-mail, LinkedIn, Bluesky, and the link to copy (for Mastodon and the rest). */
export async function ShareLinks({ path, title }: { path: string; title: string }) {
  const t = await getTranslations('share')
  const url = absoluteUrl(path)
  return (
    <nav aria-label={t('label')} className="share-links">
      <span className="share-label">{t('label')}:</span>
      <ul>
        {shareTargets(url, title).map(({ key, href }) => (
          <li key={key}>
            <a href={href} rel="noopener noreferrer">
              {t(key)}
            </a>
          </li>
        ))}
        <li>
          <CopyButton text={url} label="copyLink" />
        </li>
      </ul>
    </nav>
  )
}
