/**
 * Preloaded into the Next.js server (`node --require`, src/services/nextServer.ts). Next.js turns
 * every request into a fetch `Request`, which refuses the methods TRACE and TRACK ("HTTP method is
 * unsupported"): before the proxy or any route runs, so the answer was a 500. Such requests are
 * answered here with 405 before Next.js sees them.
 */
const http = require('node:http')

const REFUSED = new Set(['TRACE', 'TRACK'])
const ALLOW = 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS'

function refuse(request, response) {
  const body = JSON.stringify({
    type: 'about:blank',
    title: 'Method not allowed',
    status: 405,
    detail: `${request.method} is not served here; use ${ALLOW}.`,
  })
  response.writeHead(405, {
    Allow: ALLOW,
    'Content-Type': 'application/problem+json',
    'Content-Length': Buffer.byteLength(body),
    'X-Content-Type-Options': 'nosniff',
  })
  response.end(body)
}

const createServer = http.createServer
http.createServer = function createServerRefusingTrace(...args) {
  const index = args.findIndex((arg) => typeof arg === 'function')
  if (index >= 0) {
    const listener = args[index]
    args[index] = function (request, response) {
      if (REFUSED.has(request.method)) return refuse(request, response)
      return listener.call(this, request, response)
    }
  }
  return createServer.apply(this, args)
}
