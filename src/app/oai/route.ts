import { getEnv } from '@/env'
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
export function GET(request: Request) {
  return respond(new URL(request.url).searchParams)
}

/** …or as a form (application/x-www-form-urlencoded). */
export async function POST(request: Request) {
  return respond(new URLSearchParams(await request.text()))
}
