/** The accent until an admin chooses one in "Website-Auftritt" (site.css's own). */
export const DEFAULT_BRANDING = { accentColour: '#0b5cad' } as const
