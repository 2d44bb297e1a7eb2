import Link from 'next/link'
import { getTranslations } from 'next-intl/server'

/** Previous and next page as plain links, so paging works without JavaScript. */
export async function Pagination({
  page,
  totalPages,
  hrefOf,
}: {
  page: number
  totalPages: number
  hrefOf: (page: number) => string
}) {
  if (totalPages <= 1) return null
  const t = await getTranslations('search')
  return (
    <nav aria-label={t('pagination')} className="pagination">
      {page > 1 && (
        <Link rel="prev" href={hrefOf(page - 1)}>
          {t('previous')}
        </Link>
      )}
      <span>{t('pageOf', { page, pages: totalPages })}</span>
      {page < totalPages && (
        <Link rel="next" href={hrefOf(page + 1)}>
          {t('next')}
        </Link>
      )}
    </nav>
  )
}
