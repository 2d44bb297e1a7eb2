/**
 * Preloaded into the Next.js server process (`node --require`, src/services/nextServer.ts): writes
 * the TCP peer's address into `x-wissenshub-peer` on every request, replacing anything a client
 * sent under that name. Next.js passes route handlers no socket, and its `X-Forwarded-For` is the
 * client's own header whenever the client sends one; src/api/clientAddress.ts decides from the
 * peer and TRUSTED_PROXIES whom to believe.
 */
const http = require('node:http')

const PEER_HEADER = 'x-wissenshub-peer'
const emit = http.Server.prototype.emit

http.Server.prototype.emit = function emitWithPeer(event, request, ...rest) {
  if (event === 'request' && request && request.headers) {
    request.headers[PEER_HEADER] = request.socket?.remoteAddress ?? ''
  }
  return emit.call(this, event, request, ...rest)
}
