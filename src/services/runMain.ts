/**
 * Runs a script's work and exits with its outcome. Scripts avoid top-level `await`: under tsx on
 * Node 20, a top-level await around the dynamic import of Payload sometimes never settles
 * (the process hangs, or exits with code 13 and no message).
 */
export function runMain(work: () => Promise<unknown>) {
  work().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : error)
      process.exit(1)
    },
  )
}
