import path from 'node:path'

import { validations, type CollectionConfig, type FieldAccess } from 'payload'

import { mediaAccess } from '@/access/mediaAccess'
import { hasRole } from '@/access/roles'
import { setCreatedBy } from '@/hooks/setCreatedBy'
import { MEDIA_FILE_TYPES } from '@/uploads/mediaFileTypes'
import { requiredForImages } from '@/uploads/requiredForImages'
import { validateMediaUpload } from '@/uploads/validateMediaUpload'

const editorsOnly: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin', 'editor')

/**
 * Figures, portraits and PDFs with alt text, caption, credit and licence. Readers see a file
 * while a public document uses it or an editor released it (src/access/mediaAccess.ts).
 */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { de: 'Medium', en: 'Media file' }, plural: { de: 'Medien', en: 'Media' } },
  // A PDF has no alt text, so lists and pickers name every file by its file name.
  admin: { useAsTitle: 'filename', defaultColumns: ['filename', 'alt', 'credit'] },
  access: mediaAccess,
  hooks: { beforeOperation: [validateMediaUpload], beforeChange: [setCreatedBy] },
  upload: {
    staticDir: path.resolve(
      process.env.MEDIA_DIR || path.join(process.env.WISSENSHUB_DATA_DIR || '.data', 'media'),
    ),
    mimeTypes: MEDIA_FILE_TYPES.map((type) => type.mime),
    imageSizes: [
      { name: 'thumbnail', width: 320 },
      { name: 'card', width: 768 },
      { name: 'hero', width: 1600 },
    ],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      validate: requiredForImages(validations.text),
      localized: true,
      label: { de: 'Alternativtext', en: 'Alt text' },
      admin: {
        description: {
          de: 'Was das Bild zeigt, für Screenreader (Pflicht bei Bildern, nicht bei PDFs)',
          en: 'What the image shows, for screen readers (required for images, not for PDFs)',
        },
      },
    },
    {
      name: 'caption',
      type: 'textarea',
      localized: true,
      label: { de: 'Bildunterschrift', en: 'Caption' },
    },
    {
      name: 'credit',
      type: 'text',
      validate: requiredForImages(validations.text),
      label: { de: 'Bildnachweis / ©', en: 'Credit / ©' },
      admin: { description: { de: 'Pflicht bei Bildern', en: 'Required for images' } },
    },
    {
      name: 'licence',
      type: 'text',
      label: { de: 'Lizenz', en: 'Licence' },
      admin: {
        description: { de: 'z. B. CC BY 4.0 oder „alle Rechte vorbehalten“', en: 'e.g. CC BY 4.0' },
      },
    },
    {
      name: 'public',
      type: 'checkbox',
      defaultValue: false,
      label: { de: 'Öffentlich freigegeben', en: 'Released to the public' },
      access: { create: editorsOnly, update: editorsOnly },
      admin: {
        position: 'sidebar',
        description: {
          de: 'Auch ohne veröffentlichten Beitrag für alle sichtbar (nur Redaktion).',
          en: 'Visible to everyone even when no published item uses it (editors only).',
        },
      },
    },
    {
      // Kept by the publishing hooks and the embargo job (src/uploads/mediaPublicUse.ts).
      name: 'publicUse',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { de: 'In veröffentlichten Beiträgen', en: 'Used by published items' },
      access: { create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'createdBy',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: { de: 'Hochgeladen von', en: 'Uploaded by' },
      access: {
        read: ({ req: { user } }) => hasRole(user, 'admin', 'editor', 'author'),
        update: () => false,
      },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'isPlaceholder',
      type: 'checkbox',
      defaultValue: false,
      label: { de: 'Platzhalter (kein Originalbild)', en: 'Placeholder (not the original image)' },
    },
  ],
}
