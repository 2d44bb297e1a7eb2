import { promises as dns } from 'node:dns'

import ipaddr from 'ipaddr.js'

export type ResolvedAddress = { address: string; family: number }
/** Resolves a host name to every address it has (the system resolver, or a test's). */
export type Resolve = (hostname: string) => Promise<ResolvedAddress[]>

export type TargetPolicy = {
  /** WEBHOOK_ALLOW_PRIVATE_TARGETS: receivers on this machine or network (tests, development). */
  allowPrivate: boolean
  resolve?: Resolve
}

export const systemResolve: Resolve = (hostname) =>
  dns.lookup(hostname, { all: true, verbatim: true })

// ipaddr.js's names for what the private-targets setting opens; everything but public unicast
// (IPv4-mapped, unspecified, multicast, broadcast, reserved, 6to4, NAT64, …) stays refused.
const PRIVATE_RANGES = new Set([
  'loopback',
  'private',
  'uniqueLocal',
  'linkLocal',
  'carrierGradeNat',
])

/** Why a webhook must not go to this IP address, or `undefined` if it may. */
export function addressRefusal(address: string, { allowPrivate }: TargetPolicy) {
  if (!ipaddr.isValid(address)) return `„${address}“ ist keine IP-Adresse.`
  const range = ipaddr.parse(address).range()
  if (range === 'unicast' || (allowPrivate && PRIVATE_RANGES.has(range))) return undefined
  return `Webhooks gehen nicht an interne, lokale oder besondere Adressen (${address}: ${range}).`
}

/** The host of a URL as a resolver and `ipaddr.js` take it: no brackets, no trailing dots. */
export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1').replace(/\.+$/, '')
}

/** The names RFC 6761 reserves for this machine, whatever a resolver says about them. */
const isLocalhostName = (host: string) => /(^|\.)localhost$/i.test(host)

/** Why the addresses of a host must not receive webhooks, or `undefined`. */
export function addressesRefusal(addresses: ResolvedAddress[], policy: TargetPolicy) {
  if (addresses.length === 0) return 'Der Host hat keine Adresse.'
  for (const { address } of addresses) {
    const refusal = addressRefusal(address, policy)
    if (refusal) return refusal
  }
  return undefined
}

/**
 * `true`, or why a URL cannot receive webhooks: not http(s), a literal internal address, a name
 * for this machine, a name that does not resolve, or one with any internal address. Checked when
 * a partner subscribes; every delivery checks again while it connects (src/webhooks/
 * postToWebhookTarget.ts), since DNS answers change.
 */
export async function checkWebhookTarget(
  value: string,
  policy: TargetPolicy,
): Promise<true | string> {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return 'Eine vollständige URL angeben, z. B. https://partner.example/hooks/wissenshub'
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'Nur http(s)-URLs.'
  const host = hostOf(url)
  if (ipaddr.isValid(host)) return addressRefusal(host, policy) ?? true
  if (isLocalhostName(host) && !policy.allowPrivate)
    return 'Webhooks gehen nicht an interne oder lokale Adressen (localhost).'
  let addresses: ResolvedAddress[]
  try {
    addresses = await (policy.resolve ?? systemResolve)(host)
  } catch {
    return `Der Host „${host}“ lässt sich nicht auflösen; die Adresse prüfen.`
  }
  return addressesRefusal(addresses, policy) ?? true
}
