import ipaddr from 'ipaddr.js'

/**
 * The address of the TCP peer, set on every request by `src/services/peerAddressHeader.cjs` in
 * the app server process (over any value a client sent): route handlers see no socket.
 */
export const PEER_HEADER = 'x-wissenshub-peer'

export type TrustedProxies = [ipaddr.IPv4 | ipaddr.IPv6, number][]

/** `TRUSTED_PROXIES`: addresses and CIDR ranges, separated by commas or spaces. */
export function parseTrustedProxies(value: string): TrustedProxies {
  return value
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((entry) => {
      try {
        if (entry.includes('/')) return ipaddr.parseCIDR(entry)
        const address = ipaddr.parse(entry)
        return [address, address.kind() === 'ipv4' ? 32 : 128]
      } catch {
        throw new Error(
          `"${entry}" is not an IP address or CIDR range (e.g. 10.0.0.5, 10.0.0.0/8, fd00::/8)`,
        )
      }
    })
}

function isTrusted(address: string, trusted: TrustedProxies): boolean {
  if (!ipaddr.isValid(address)) return false
  // A dual-stack socket names IPv4 peers as ::ffff:a.b.c.d.
  const parsed = ipaddr.process(address)
  return trusted.some(
    ([range, bits]) => parsed.kind() === range.kind() && parsed.match(range, bits),
  )
}

/**
 * The client a request comes from: the TCP peer, unless it is a trusted proxy; then the
 * `X-Forwarded-For` entries are read from the right, past every trusted proxy, and the first
 * address no trusted proxy vouches for is the client. With no trusted proxies (the default) the
 * header is ignored, so a client cannot choose its own address. `undefined` if the server runs
 * without the peer header.
 */
export function clientAddress({
  peer,
  forwardedFor,
  trusted,
}: {
  peer: string | null | undefined
  forwardedFor: string | null | undefined
  trusted: TrustedProxies
}): string | undefined {
  if (!peer) return undefined
  const chain = [
    ...(forwardedFor ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean),
    peer,
  ]
  let address = chain.pop()!
  while (chain.length > 0 && isTrusted(address, trusted)) address = chain.pop()!
  return ipaddr.isValid(address) ? ipaddr.process(address).toString() : address
}
