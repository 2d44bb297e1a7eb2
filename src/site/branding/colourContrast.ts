/** "#0b5cad" or "#0B5CAD": the colour forms the branding settings accept. */
export const HEX_COLOUR = /^#[0-9a-f]{6}$/i

/** WCAG 2.2 relative luminance of an sRGB colour given as `#rrggbb`. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((start) => {
    const channel = parseInt(hex.slice(start, start + 2), 16) / 255
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** The WCAG contrast ratio of two colours (1 to 21). */
export function contrastRatio(first: string, second: string): number {
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a)
  return (light + 0.05) / (dark + 0.05)
}

/** Normal text and links must reach this against their background (WCAG 2.2 AA, 1.4.3). */
export const MIN_TEXT_CONTRAST = 4.5

/** Links, buttons and focus rings use the accent on white: it must stay readable (WCAG AA). */
export function validateAccentColour(value: string | null | undefined): true | string {
  if (!value) return true
  if (!HEX_COLOUR.test(value)) {
    return 'Bitte eine Farbe als #rrggbb angeben, z. B. #0b5cad. / Enter a colour as #rrggbb, e.g. #0b5cad.'
  }
  const ratio = contrastRatio(value, '#ffffff')
  if (ratio < MIN_TEXT_CONTRAST) {
    const shown = ratio.toFixed(2)
    return (
      `Kontrast zu Weiß ${shown.replace('.', ',')}:1 – für lesbare Links mindestens 4,5:1 ` +
      `(WCAG AA); bitte eine dunklere Farbe wählen. / Contrast with white ${shown}:1 – links ` +
      `need at least 4.5:1 (WCAG AA); choose a darker colour.`
    )
  }
  return true
}
