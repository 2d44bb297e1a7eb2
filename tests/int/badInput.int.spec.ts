import { connect } from 'node:net'

import { adminHeaders, graphql, request } from '../helpers/actors'
import { stack } from '../helpers/api'

type Answer = { status: number; type: string; text: string; headers: Headers }

/** One raw request, as curl would send it (the path is sent exactly as written). */
async function send(path: string, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(`${stack().appUrl}${path}`, init)
  const text = await response.text()
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    text,
    headers: response.headers,
  }
}

const problem = (answer: Answer) => {
  expect(answer.type).toMatch(/^application\/problem\+json/)
  return JSON.parse(answer.text) as { title: string; status: number; detail: string }
}

describe('bad query parameters on the REST API are a 400 naming the parameter', () => {
  it.each([
    ['/api/talks?where=x', /where is neither JSON nor bracket notation/],
    ['/api/talks?where[title][equals][$gt]=', /equals takes a single value/],
    ['/api/talks?where[embargoUntil][near]=1,2,3', /near applies only to geographic point/],
    ['/api/talks?sort=$where', /sort: field names/],
    ['/api/talks?sort=', /sort: field names/],
    ['/api/talks?where[id][in]=a,b', /ids are 24 hexadecimal/],
    ['/api/people?where[name][in][a]=b', /in takes a comma-separated list/],
    ['/api/talks/count?where[title][exists]=vielleicht', /exists takes true or false/],
  ])('%s', async (path, message) => {
    const answer = await send(path)
    expect(answer.status).toBe(400)
    expect(problem(answer).detail).toMatch(message)
  })

  it('checks a query sent as a form with the method override too', async () => {
    const answer = await send('/api/talks', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        'X-Payload-HTTP-Method-Override': 'GET',
      },
      body: 'where=x',
    })
    expect(answer.status).toBe(400)
    expect(problem(answer).detail).toMatch(/where is neither JSON nor bracket notation/)
  })

  it('still runs well-formed queries', async () => {
    const answer = await send('/api/talks?where[title][like]=Energie&sort=-publishedAt,title')
    expect(answer.status).toBe(200)
  })
})

describe('bad addresses outside the API', () => {
  it('answers a missing media file like a hidden one: 403, not a 500', async () => {
    // Anonymous readers may not tell a file that does not exist from one they may not see
    // (src/access/mediaAccess.ts).
    const answer = await send('/api/media/file/nonexistent.png')
    expect(answer.status).toBe(403)
  })

  it.each(['/zitieren/vortraege/%25.bib', '/en/cite/talks/%25.ris', '/feeds/themen/%25/rss.xml'])(
    'answers %s with a plain 404',
    async (path) => {
      const answer = await send(path)
      expect(answer.status).toBe(404)
      expect(answer.type).toMatch(/^text\/plain/)
      expect(answer.text).toMatch(/^(Nothing public|No such)/)
    },
  )

  it.each(['2026-13-45', '2026-02-30', '2026-01-01T24:61:00Z'])(
    'answers OAI-PMH from=%s with badArgument (HTTP 200, as the protocol says)',
    async (date) => {
      const answer = await send(`/oai?verb=ListRecords&metadataPrefix=oai_dc&from=${date}`)
      expect(answer.status).toBe(200)
      expect(answer.text).toMatch(/<error code="badArgument">[^<]*is not a date/)
    },
  )
})

describe('methods', () => {
  it.each(['/api/health', '/api/v1/talks', '/api/search?q=Arbeit', '/api/talks', '/api/v1'])(
    'HEAD %s answers like GET, without a body',
    async (path) => {
      const get = await send(path)
      const head = await send(path, { method: 'HEAD' })
      expect(get.status).toBe(200)
      expect(head.status).toBe(200)
      expect(head.text).toBe('')
      expect(head.type).toBe(get.type)
    },
  )

  it('answers GET /api/v1 with links to the documentation and every list', async () => {
    const answer = await send('/api/v1')
    expect(answer.status).toBe(200)
    const index = JSON.parse(answer.text) as {
      documentation: string
      lists: Record<string, string>
    }
    expect(index.documentation).toBe(`${stack().appUrl}/api/v1/docs`)
    expect(index.lists.talks).toBe(`${stack().appUrl}/api/v1/talks`)
  })

  it.each([
    ['DELETE', '/api/v1/talks', 'GET, HEAD, OPTIONS'],
    ['POST', '/api/health', 'GET, HEAD, OPTIONS'],
    ['PUT', '/api/talks', 'GET, HEAD, POST, PATCH, DELETE, OPTIONS'],
    ['POST', '/api/search?q=KI', 'GET, HEAD, OPTIONS'],
  ])('answers %s %s with 405 and Allow', async (method, path, allow) => {
    const answer = await send(path, { method })
    expect(answer.status).toBe(405)
    expect(answer.headers.get('allow')).toBe(allow)
    expect(problem(answer).detail).toContain(allow)
  })

  it('answers an API path that does not exist with a 404 problem naming the docs', async () => {
    const answer = await send('/api/v2/talks')
    expect(answer.status).toBe(404)
    expect(problem(answer).detail).toContain('/api/v1/docs')
  })

  it.each(['/', '/api/talks', '/api/v1/talks', '/oai', '/feeds/rss.xml'])(
    'answers TRACE %s with 405',
    async (path) => {
      // fetch refuses to send TRACE: HTTP/1.1 by hand.
      const answer = await rawRequest('TRACE', path)
      expect(answer.status).toBe(405)
      expect(answer.headers.get('allow')).toMatch(/GET/)
    },
  )
})

describe('bodies the API cannot read', () => {
  it.each([
    ['text/plain', 'title=Hallo'],
    ['application/x-www-form-urlencoded', 'title=Hallo'],
  ])('answers a %s body to POST /api/talks?draft=true with 415', async (type, body) => {
    const answer = await send('/api/talks?draft=true', {
      method: 'POST',
      headers: { ...(await adminHeaders()), 'Content-Type': type },
      body,
    })
    expect(answer.status).toBe(415)
    expect(problem(answer).detail).toMatch(/application\/json/)
  })

  it.each(['null', '1', '"Hallo"', '[]'])('answers the JSON body %s with 400', async (body) => {
    const answer = await send('/api/talks?draft=true', {
      method: 'POST',
      headers: { ...(await adminHeaders()), 'Content-Type': 'application/json' },
      body,
    })
    expect(answer.status).toBe(400)
    expect(problem(answer).detail).toMatch(/send a JSON object/)
  })

  it('answers a GraphQL fragment cycle with 400', async () => {
    const { status, json } = await graphql(
      'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }',
    )
    expect(status).toBe(400)
    expect(json.errors?.[0].message).toMatch(/Cannot spread fragment "A" within itself/)
  })

  it('answers rich text nested 3,000 levels deep with 400 and the limit', async () => {
    // Built as text: JSON.stringify itself overflows the stack on such a value.
    const leaf = '{"type":"text","text":"tief","version":1}'
    const nested =
      '{"type":"paragraph","version":1,"children":['.repeat(3000) + leaf + ']}'.repeat(3000)
    const body = `{"title":"Tief","_status":"draft","body":{"root":{"type":"root","version":1,"children":[${nested}]}}}`
    const answer = await send('/api/talks?draft=true', {
      method: 'POST',
      headers: { ...(await adminHeaders()), 'Content-Type': 'application/json' },
      body,
    })
    expect(answer.status).toBe(400)
    expect(answer.text).toMatch(/höchstens 30 Ebenen/)
  })
})

describe('link fields take only http(s) addresses', () => {
  it.each([
    ['slidesUrl', 'data:text/html,<script>alert(1)</script>'],
    ['videoUrl', 'javascript:alert(1)'],
    ['slidesUrl', 'vbscript:msgbox'],
    ['videoUrl', 'https//example.org'],
  ])('refuses %s = %s, also in a draft', async (field, url) => {
    const { status, json } = await request<{
      errors: { data?: { errors: { path: string; message: string }[] } }[]
    }>('/api/talks?draft=true', {
      method: 'POST',
      headers: await adminHeaders(),
      body: { title: 'Link-Test', _status: 'draft', [field]: url },
    })
    expect(status).toBe(400)
    const error = json.errors[0].data?.errors.find((each) => each.path === field)
    expect(error?.message).toMatch(/^Nur Adressen mit http:\/\/ oder https:\/\//)
  })

  it('refuses a javascript: link inside rich text', async () => {
    const link = {
      type: 'link',
      version: 1,
      fields: { linkType: 'custom', url: 'javascript:alert(document.cookie)' },
      children: [{ type: 'text', text: 'klick', version: 1 }],
    }
    const body = {
      root: {
        type: 'root',
        version: 1,
        children: [{ type: 'paragraph', version: 1, children: [link] }],
      },
    }
    const { status } = await request('/api/talks?draft=true', {
      method: 'POST',
      headers: await adminHeaders(),
      body: { title: 'Link im Text', _status: 'draft', body },
    })
    expect(status).toBe(400)
  })

  it('refuses a data: URL as an organisation website and a reference, accepts https', async () => {
    const website = await request('/api/organisations', {
      method: 'POST',
      headers: await adminHeaders(),
      body: { name: 'Datenschutz e. V.', website: 'data:text/html,x' },
    })
    expect(website.status).toBe(400)
    const reference = await request('/api/researchNotes?draft=true', {
      method: 'POST',
      headers: await adminHeaders(),
      body: {
        title: 'Referenzen',
        _status: 'draft',
        references: [{ citation: 'Quelle', url: 'data:application/pdf;base64,AAAA' }],
      },
    })
    expect(reference.status).toBe(400)
    const fine = await request('/api/talks?draft=true', {
      method: 'POST',
      headers: await adminHeaders(),
      body: { title: 'Gute Links', _status: 'draft', slidesUrl: 'https://example.org/folien.pdf' },
    })
    expect(fine.status).toBe(201)
  })
})

/** HTTP/1.1 by hand, for methods fetch will not send. */
function rawRequest(method: string, path: string): Promise<Answer> {
  const { hostname, port } = new URL(stack().appUrl)
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      socket.write(
        `${method} ${path} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nConnection: close\r\n\r\n`,
      )
    })
    let data = ''
    socket.on('data', (chunk) => (data += chunk.toString()))
    socket.on('error', reject)
    socket.on('end', () => {
      const [head, ...rest] = data.split('\r\n\r\n')
      const [statusLine, ...lines] = head.split('\r\n')
      const headers = new Headers(
        lines.map((line) => {
          const at = line.indexOf(':')
          return [line.slice(0, at).trim(), line.slice(at + 1).trim()] as [string, string]
        }),
      )
      resolve({
        status: Number(statusLine.split(' ')[1]),
        type: headers.get('content-type') ?? '',
        text: rest.join('\r\n\r\n'),
        headers,
      })
    })
  })
}
