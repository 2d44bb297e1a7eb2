import { getTranslation, type I18nClient } from '@payloadcms/translations'
import type { Payload } from 'payload'

import type { ReviewItem } from '@/review/reviewQueue'

import { formatAdminDateTime } from './formatAdminDateTime'

const TEXT = {
  de: {
    caption: 'In Prüfung, neueste zuerst',
    type: 'Typ',
    title: 'Titel',
    author: 'Eingereicht von',
    date: 'Zuletzt geändert',
    untitled: '(ohne Titel)',
    unknown: 'unbekannt',
    empty: 'Nichts wartet auf Prüfung.',
  },
  en: {
    caption: 'In review, newest first',
    type: 'Type',
    title: 'Title',
    author: 'Submitted by',
    date: 'Last changed',
    untitled: '(untitled)',
    unknown: 'unknown',
    empty: 'Nothing is waiting for review.',
  },
}

/** The review inbox as a table: one row a submission, each opening the document in the admin. */
export function ReviewInboxTable({
  items,
  payload,
  i18n,
}: {
  items: ReviewItem[]
  payload: Payload
  i18n: I18nClient
}) {
  const text = i18n.language === 'en' ? TEXT.en : TEXT.de
  if (items.length === 0) return <p>{text.empty}</p>
  const adminRoute = payload.config.routes.admin
  return (
    <table
      data-testid="review-inbox"
      style={{
        width: '100%',
        textAlign: 'left',
        borderCollapse: 'separate',
        borderSpacing: '0 0.5rem',
      }}
    >
      <caption style={{ textAlign: 'left' }}>{text.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{text.type}</th>
          <th scope="col">{text.title}</th>
          <th scope="col">{text.author}</th>
          <th scope="col">{text.date}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={`${item.collection}-${item.id}`}>
            <td>
              {getTranslation(payload.collections[item.collection].config.labels.singular, i18n)}
            </td>
            <td>
              <a href={`${adminRoute}/collections/${item.collection}/${item.id}`}>
                {item.title || text.untitled}
              </a>
            </td>
            <td>{item.author ? (item.author.name ?? item.author.email) : text.unknown}</td>
            <td>
              <time dateTime={item.updatedAt}>{formatAdminDateTime(item.updatedAt)}</time>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
