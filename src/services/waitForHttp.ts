/** Polls `url` every half second until it answers 2xx (`true`) or `timeoutMs` passes (`false`). */
export async function waitForHttp(url: string, timeoutMs = 120_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const ok = await fetch(url)
      .then((response) => response.ok)
      .catch(() => false)
    if (ok) return true
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return false
}
