/**
 * The licences a research note can carry and where each is defined. "All rights reserved" has
 * no licence text to point at, so it has no URL.
 */
export const LICENCE_URL: Record<string, string> = {
  'CC-BY-4.0': 'https://creativecommons.org/licenses/by/4.0/',
  'CC-BY-SA-4.0': 'https://creativecommons.org/licenses/by-sa/4.0/',
  'CC-BY-NC-4.0': 'https://creativecommons.org/licenses/by-nc/4.0/',
  'CC0-1.0': 'https://creativecommons.org/publicdomain/zero/1.0/',
}

export const licenceUrl = (code: unknown): string | null =>
  typeof code === 'string' ? (LICENCE_URL[code] ?? null) : null
