import { notFound } from 'next/navigation'

/** Any other address: the 404 page of this language. */
export default function UnknownPage() {
  notFound()
}
