import http from 'node:http'
import https from 'node:https'
import type { LookupFunction } from 'node:net'

import ipaddr from 'ipaddr.js'

import {
  addressesRefusal,
  addressRefusal,
  hostOf,
  systemResolve,
  type TargetPolicy,
} from './targetAddress'

/** The target may not receive webhooks (an internal address); not worth retrying. */
export class WebhookTargetRefused extends Error {
  constructor(reason: string) {
    super(reason)
    this.name = 'WebhookTargetRefused'
  }
}

/**
 * Resolves the host at connect time and refuses before connecting if any address is internal, so
 * the address checked is the address connected to: no window for DNS rebinding between a check
 * and `connect()`.
 */
function guardedLookup(policy: TargetPolicy): LookupFunction {
  const resolve = policy.resolve ?? systemResolve
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (addresses) => {
        const refusal = addressesRefusal(addresses, policy)
        if (refusal) {
          callback(new WebhookTargetRefused(refusal), '', 0)
        } else if (options.all) {
          // Node's connect asks for all addresses when it may try both families.
          ;(callback as unknown as (error: null, all: typeof addresses) => void)(null, addresses)
        } else {
          callback(null, addresses[0].address, addresses[0].family)
        }
      },
      (error: NodeJS.ErrnoException) => callback(error, '', 0),
    )
  }
}

/**
 * POSTs a webhook body and answers the response's status. Refuses internal targets (literal
 * addresses before connecting, names while resolving) with `WebhookTargetRefused`; follows no
 * redirects.
 */
export function postToWebhookTarget(
  target: string,
  {
    headers,
    body,
    timeoutMs,
    ...policy
  }: TargetPolicy & { headers: Record<string, string>; body: string; timeoutMs: number },
): Promise<{ status: number }> {
  const url = new URL(target)
  const host = hostOf(url)
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return Promise.reject(new WebhookTargetRefused('Nur http(s)-URLs.'))
  }
  if (ipaddr.isValid(host)) {
    const refusal = addressRefusal(host, policy)
    if (refusal) return Promise.reject(new WebhookTargetRefused(refusal))
  } else if (/(^|\.)localhost$/i.test(host) && !policy.allowPrivate) {
    return Promise.reject(new WebhookTargetRefused('Webhooks gehen nicht an lokale Adressen.'))
  }
  const client = url.protocol === 'https:' ? https : http
  return new Promise((resolve, reject) => {
    const request = client.request(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) },
        agent: false,
        lookup: guardedLookup(policy),
        signal: AbortSignal.timeout(timeoutMs),
      },
      (response) => {
        response.resume()
        response.on('end', () => resolve({ status: response.statusCode ?? 0 }))
        response.on('error', reject)
      },
    )
    request.on('error', reject)
    request.end(body)
  })
}
