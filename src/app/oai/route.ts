import { getEnv } from '@/env'
import { withRequestId } from '@/observability/withRequestId'
import { answerOaiRequest } from '@/oai/oaiPmh'
import { getSitePayload } from '@/site/payloadClient'

export const dynamic = 'force-dynamic'

async function respond(params: URLSearchParams) {
  const { SERVER_URL, OAI_ADMIN_EMAIL, OAI_REPOSITORY_IDENTIFIER } = getEnv()
  const host = new URL(SERVER_URL).hostname
  const xml = await answerOaiRequest(await getSitePayload(), params, {
    baseUrl: new URL('/oai', SERVER_URL).toString(),
    serverUrl: SERVER_URL,
    // Unset, the address names the reserved example domain: operators set OAI_ADMIN_EMAIL.
    adminEmail: OAI_ADMIN_EMAIL ?? 'oai-admin@example.org',
    repositoryIdentifier: OAI_REPOSITORY_IDENTIFIER ?? host,
  })
  return new Response(xml, { headers: { 'Content-Type': 'text/xml; charset=utf-8' } })
}

/** OAI-PMH 2.0: harvesters send their request as a query string… */
export const GET = withRequestId((request: Request) => respond(new URL(request.url).searchParams))

/** …or as a form (application/x-www-form-urlencoded). */
export const POST = withRequestId(async (request: Request) =>
  respond(new URLSearchParams(await request.text())),
)
