import { requiredWhen } from './requiredWhen'

/**
 * Drafts are validated, so that the admin's "Neu erstellen" opens an empty form instead of
 * storing an empty document at once (Payload creates autosaved documents on load unless drafts
 * are validated). A draft needs little more than its title, though: a field whose validation is
 * wrapped here is required only to publish.
 */
export const requiredToPublish = requiredWhen(
  (data) => (data as { _status?: unknown } | null)?._status === 'published',
)
