import Link from 'next/link'

/** Link to the search index view, below the collections in the admin navigation. */
export function SearchHealthNavLink() {
  return (
    <Link href="/admin/suchindex" style={{ display: 'block', padding: '0.5rem 0' }}>
      Suchindex
    </Link>
  )
}
