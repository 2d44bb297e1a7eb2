/**
 * Drafts are validated, so that the admin's "Neu erstellen" opens an empty form instead of
 * storing an empty document at once (Payload creates autosaved documents on load unless drafts
 * are validated). A draft needs little more than its title, though: a field whose validation is
 * wrapped here is required only to publish, and every other check of it still runs on drafts.
 */
export function requiredToPublish<Value, Options extends { data: unknown }, Result>(
  validate: (value: Value, options: Options & { required?: boolean }) => Result,
): (value: Value, options: Options & { required?: boolean }) => Result {
  return (value, options) => validate(value, { ...options, required: isPublishing(options.data) })
}

function isPublishing(data: unknown): boolean {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as { _status?: unknown })._status === 'published'
  )
}
