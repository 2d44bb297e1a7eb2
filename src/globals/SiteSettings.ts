import type { GlobalAfterChangeHook, GlobalBeforeChangeHook, GlobalConfig } from 'payload'

import { hasRoles } from '@/access/hasRoles'
import { dropCachedSiteReads } from '@/hooks/revalidateSite'
import { validateAccentColour } from '@/site/branding/colourContrast'
import { DEFAULT_BRANDING } from '@/site/branding/defaults'

/** The logo is shown on every page, so it is public whether or not a publication uses it. */
const releaseLogo: GlobalBeforeChangeHook = async ({ data, req }) => {
  const logo = data.logo
  const id = typeof logo === 'object' && logo !== null ? logo.id : logo
  if (id) {
    await req.payload.update({
      collection: 'media',
      id,
      data: { public: true },
      req,
      overrideAccess: true,
    })
  }
  return data
}

const refreshSite: GlobalAfterChangeHook = ({ doc, req }) => {
  dropCachedSiteReads(req)
  return doc
}

/** The hub's identity on the public site: name, tagline, logo, accent colour, footer line. */
export const SiteSettings: GlobalConfig = {
  slug: 'siteSettings',
  label: { de: 'Website-Auftritt', en: 'Site identity' },
  access: {
    read: hasRoles('admin', 'editor', 'author'),
    update: hasRoles('admin'),
  },
  hooks: { beforeChange: [releaseLogo], afterChange: [refreshSite] },
  fields: [
    {
      name: 'name',
      type: 'text',
      localized: true,
      label: { de: 'Name', en: 'Name' },
      admin: {
        description: {
          de: 'Leer: „Wissenshub“. Ohne englischen Namen gilt der deutsche auch auf Englisch.',
          en: 'Empty: "Wissenshub". Without an English name the German one is used in English too.',
        },
      },
    },
    {
      name: 'tagline',
      type: 'text',
      localized: true,
      label: { de: 'Untertitel', en: 'Tagline' },
      admin: {
        description: {
          de: 'Beschreibung der Startseite für Suchmaschinen und Vorschauen.',
          en: 'The start page’s description for search engines and link previews.',
        },
      },
    },
    {
      name: 'logo',
      type: 'upload',
      relationTo: 'media',
      label: { de: 'Logo', en: 'Logo' },
      filterOptions: { mimeType: { contains: 'image' } },
      admin: {
        description: {
          de: 'Erscheint oben auf jeder Seite (höchstens 48 Pixel hoch); wird dadurch öffentlich.',
          en: 'Shown at the top of every page (at most 48 pixels high); this makes it public.',
        },
      },
    },
    {
      name: 'accentColour',
      type: 'text',
      defaultValue: DEFAULT_BRANDING.accentColour,
      validate: validateAccentColour,
      label: { de: 'Akzentfarbe', en: 'Accent colour' },
      admin: {
        description: {
          de: 'Farbe der Links, Schaltflächen und Fokusrahmen als #rrggbb; Kontrast zu Weiß mindestens 4,5:1.',
          en: 'Colour of links, buttons and focus rings as #rrggbb; contrast with white at least 4.5:1.',
        },
      },
    },
    {
      name: 'footerText',
      type: 'textarea',
      localized: true,
      label: { de: 'Fußzeile', en: 'Footer line' },
    },
  ],
}
