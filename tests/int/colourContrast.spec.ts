import { contrastRatio, validateAccentColour } from '../../src/site/branding/colourContrast'
import { DEFAULT_BRANDING } from '../../src/site/branding/defaults'

describe('accent colour of the site identity', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5)
    // The WCAG example pair: #767676 on white is the lightest grey that passes AA (4.54:1).
    expect(contrastRatio('#767676', '#FFFFFF')).toBeCloseTo(4.54, 2)
  })

  it('accepts readable colours and refuses light or malformed ones with the reason', () => {
    expect(validateAccentColour(DEFAULT_BRANDING.accentColour)).toBe(true)
    expect(validateAccentColour('#7A1F5C')).toBe(true)
    expect(validateAccentColour(undefined)).toBe(true)
    expect(validateAccentColour('#ffcc00')).toMatch(/Kontrast zu Weiß 1,\d\d:1.*4,5:1/)
    expect(validateAccentColour('#777777')).toMatch(/4\.48:1/)
    expect(validateAccentColour('blau')).toMatch(/#rrggbb/)
    expect(validateAccentColour('#fff')).toMatch(/#rrggbb/)
  })
})
