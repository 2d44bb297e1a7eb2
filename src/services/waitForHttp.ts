/** Polls `url` every half second until it answers 2xx (`true`) or `timeoutMs` passes (`false`). */
export async function waitForHttp(url: string, timeoutMs = 120_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    // A server that accepts the connection but never answers must not stall the polling.
    const ok = await fetch(url, { signal: AbortSignal.timeout(5_000) })
      .then((response) => response.ok)
      .catch(() => false)
    if (ok) return true
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return false
}
