import { NotFoundPage } from '@/site/pages/NotFoundPage'

export default function NotFound() {
  return <NotFoundPage locale="de" />
}
