/** A non-null object whose properties can be read: what populated relations and JSON look like. */
export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null
