/**
 * Wraps a field's validation so that it is required only when `condition` holds for the
 * document being saved; every other check of the value still runs.
 */
export function requiredWhen(condition: (data: unknown) => boolean) {
  return <Value, Options extends { data: unknown }, Result>(
      validate: (value: Value, options: Options & { required?: boolean }) => Result,
    ) =>
    (value: Value, options: Options & { required?: boolean }): Result =>
      validate(value, { ...options, required: condition(options.data) })
}
