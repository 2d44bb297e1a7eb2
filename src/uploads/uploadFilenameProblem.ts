const MAX_FILENAME_LENGTH = 150

// C0 and C1 control characters, and bidi overrides that make a name read differently.
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/

/** Why a file name may not be stored, or `null` when it is fine. */
export function uploadFilenameProblem(name: string): string | null {
  if (name.length === 0) return 'The file has no name.'
  if (name.length > MAX_FILENAME_LENGTH) {
    return `The file name has ${name.length} characters; at most ${MAX_FILENAME_LENGTH} are allowed.`
  }
  if (/[/\\]/.test(name) || name === '..' || name.startsWith('.')) {
    return 'The file name may not contain a path (/ or \\) or start with a dot.'
  }
  if (UNSAFE_CHARACTERS.test(name)) return 'The file name contains control characters.'
  return null
}
