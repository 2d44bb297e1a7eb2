import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type'
import { APIError, type CollectionBeforeOperationHook, ValidationError } from 'payload'

import { MEDIA_FILE_TYPES, mediaFileTypeByExtension, type MediaFileType } from './mediaFileTypes'
import { uploadFilenameProblem } from './uploadFilenameProblem'

type UploadedFile = {
  name: string
  mimetype: string
  size: number
  data: Buffer
  tempFilePath?: string
}

const refuse = (message: string) => new ValidationError({ errors: [{ message, path: 'file' }] })

const ALLOWED = MEDIA_FILE_TYPES.map((type) => type.extensions.join('/')).join(', ')

async function contentMatches(file: UploadedFile, type: MediaFileType): Promise<boolean> {
  const detected = file.tempFilePath
    ? await fileTypeFromFile(file.tempFilePath)
    : await fileTypeFromBuffer(file.data)
  if (type.mime !== 'image/svg+xml') return detected?.mime === type.mime
  // SVG is text, which file-type does not name; Payload's own SVG inspection follows.
  const head = file.data.subarray(0, 4096).toString('utf8')
  return (!detected || detected.mime === 'application/xml') && /<svg[\s>]/i.test(head)
}

/**
 * Refuses, before Payload stores anything, an upload whose name is unsafe, whose type is not a
 * media type, that is too large for its type, or whose content is not what its name and declared
 * type say. Payload's own check (file-type) refuses bytes of a type outside `mimeTypes`, but
 * accepts any allowed type under any allowed name: a PNG named `bericht.pdf` was stored (201).
 */
export const validateMediaUpload: CollectionBeforeOperationHook = async ({ operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return
  const file = req.file as UploadedFile | undefined
  if (!file) return

  const nameProblem = uploadFilenameProblem(file.name)
  if (nameProblem) throw refuse(nameProblem)
  const extension = file.name.includes('.') ? file.name.split('.').pop()! : ''
  const type = mediaFileTypeByExtension(extension)
  if (!type) throw refuse(`Files ending in “.${extension}” are not accepted; allowed: ${ALLOWED}.`)
  const declared = file.mimetype.split(';')[0]!.trim().toLowerCase()
  if (declared !== type.mime && declared !== 'application/octet-stream') {
    throw refuse(`The file is sent as ${declared} but its name says ${type.mime}.`)
  }
  if (file.size > type.maxBytes) {
    throw new APIError(
      `The file has ${(file.size / 1024 / 1024).toFixed(1)} MB; ${type.mime} files may have at most ${type.maxBytes / 1024 / 1024} MB.`,
      413,
    )
  }
  if (!(await contentMatches(file, type))) {
    throw refuse(`The file’s content is not ${type.mime}, as its name “${file.name}” claims.`)
  }
}
