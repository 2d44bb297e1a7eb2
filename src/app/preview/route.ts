import config from '@payload-config'
import { draftMode } from 'next/headers'
import { getPayload } from 'payload'

import { EDITORIAL_ROLES, hasRole } from '@/access/roles'
import { previewPath } from '@/site/previewPath'

/**
 * `GET /preview?path=/vortraege/…`, the URL of the admin's live preview: turns on Next.js draft
 * mode for a signed-in editor and opens the page, which then shows the latest draft. Draft mode
 * alone reveals nothing: the page reads drafts with the editor's own session (site/publications).
 */
export async function GET(request: Request) {
  const path = previewPath(new URL(request.url).searchParams.get('path'))
  if (!path) {
    return new Response('path must be a path on this site, e.g. /vortraege/…', { status: 400 })
  }
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  if (!user || !hasRole(user, ...EDITORIAL_ROLES)) {
    return new Response('Sign in to the admin as an editor to preview drafts.', { status: 401 })
  }
  ;(await draftMode()).enable()
  return new Response(null, { status: 307, headers: { Location: path } })
}
