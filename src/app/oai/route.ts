import { getEnv } from '@/env'
import { withRequestId } from '@/observability/withRequestId'
import { answerOaiRequest } from '@/oai/oaiPmh'
import { getSitePayload } from '@/site/payloadClient'

export const dynamic = 'force-dynamic'

async function respond(params: URLSearchParams) {
  const { SERVER_URL } = getEnv()
  const xml = await answerOaiRequest(await getSitePayload(), params, {
    baseUrl: new URL('/oai', SERVER_URL).toString(),
    serverUrl: SERVER_URL,
  })
  return new Response(xml, { headers: { 'Content-Type': 'text/xml; charset=utf-8' } })
}

/** OAI-PMH 2.0: harvesters send their request as a query string… */
export const GET = withRequestId((request: Request) => respond(new URL(request.url).searchParams))

/** …or as a form (application/x-www-form-urlencoded). */
export const POST = withRequestId(async (request: Request) =>
  respond(new URLSearchParams(await request.text())),
)
