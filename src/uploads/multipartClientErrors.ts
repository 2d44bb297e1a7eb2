import type { AfterErrorHook } from 'payload'

// Payload 3.90 re-throws every failure of its multipart parser as `new APIError(message)`, which
// drops the status (413 for its limits) and makes a malformed body from the client a 500. The
// message is all that is left to tell them apart: these are the ones Payload's parser and
// busboy produce.
const TOO_LARGE = new Set([
  'File size limit has been reached',
  'Multipart limit has been reached',
  'Multipart request size limit has been reached',
])
const MALFORMED = new Set([
  'Malformed part header',
  'Unexpected end of form',
  'Malformed urlencoded form',
  'Multipart: Boundary not found',
])

/** Answers a broken or oversized multipart body with the client error it is (400 / 413). */
export const multipartClientErrors: AfterErrorHook = ({ error, req }) => {
  const isMultipart = req.headers.get('content-type')?.startsWith('multipart/') ?? false
  if (!isMultipart) return
  if (TOO_LARGE.has(error.message)) {
    return { status: 413, response: { errors: [{ message: `${error.message}.` }] } }
  }
  if (MALFORMED.has(error.message)) {
    return {
      status: 400,
      response: {
        errors: [
          {
            message:
              `The multipart body could not be read (${error.message}). Send well-formed ` +
              'multipart/form-data; file names may not contain control characters.',
          },
        ],
      },
    }
  }
}
