/**
 * The page the live preview may open: a path on this site, as `pathname?search`, or `undefined`.
 * Browsers read a backslash as a slash, so "/\evil.example" is "//evil.example", another host;
 * encoded slashes and backslashes and control characters are refused too, before and after
 * resolving the path against this site's own origin.
 */
export function previewPath(requested: string | null): string | undefined {
  if (!requested || !requested.startsWith('/') || requested.startsWith('//')) return undefined
  if (/[\\\u0000-\u001f\u007f]|%(2f|5c|0[0-9a-f]|1[0-9a-f]|7f)/i.test(requested)) return undefined
  const origin = 'http://site.invalid'
  let url: URL
  try {
    url = new URL(requested, origin)
  } catch {
    return undefined
  }
  if (url.origin !== origin || url.pathname.startsWith('//')) return undefined
  return `${url.pathname}${url.search}`
}
