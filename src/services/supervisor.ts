import type { ManagedProcess } from './managedProcess'

export type RestartPolicy = {
  /** Wait before the first restart; doubles with every further crash within `windowMs`. */
  firstDelayMs: number
  maxDelayMs: number
  /**
   * This many crashes within `windowMs` mark the process `failed`. Restarts go on (every
   * `maxDelayMs` at most), since the cause may pass (a full disk, a lost mount); it counts as
   * running again once it has stayed up for `windowMs`.
   */
  failedAfterCrashes: number
  windowMs: number
}

export const DEFAULT_RESTART_POLICY: RestartPolicy = {
  firstDelayMs: 500,
  maxDelayMs: 30_000,
  failedAfterCrashes: 5,
  windowMs: 60_000,
}

export type SupervisedState = 'running' | 'restarting' | 'failed' | 'stopping' | 'stopped'

export type SupervisedStatus = {
  name: string
  state: SupervisedState
  /** Of the process now running, if one is. */
  pid?: number
  restarts: number
  /** Why it is not (reliably) running: how it last ended, how often. */
  reason?: string
  since: string
}

export type Supervised = {
  name: string
  status: () => SupervisedStatus
  /** How the last process ended (`running` while it runs), for the shutdown message. */
  howItEnded: () => string
  /** From now on an exit is expected: nothing is restarted (the first step of a shutdown). */
  standDown: () => void
  /** Stops it for good, whatever it is doing (running, waiting to restart, starting). */
  stop: () => Promise<void>
}

type SuperviseArgs = {
  name: string
  /** Starts the process and resolves once it is ready; `attempt` 0 is the first start. */
  start: (attempt: number) => Promise<ManagedProcess>
  policy?: Partial<RestartPolicy>
  log?: (line: string) => void
  onChange?: (status: SupervisedStatus) => void
}

const firstLine = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0]

/**
 * Starts a process and restarts it whenever it ends without being asked to, with exponential
 * back-off. The first start is not retried: its error goes to the caller, so that a hub that
 * cannot start says why instead of looping. Once `stop()` is called nothing is restarted.
 */
export async function supervise({
  name,
  start,
  policy: overrides,
  log = console.log,
  onChange,
}: SuperviseArgs): Promise<Supervised> {
  const policy = { ...DEFAULT_RESTART_POLICY, ...overrides }
  let current = await start(0)
  let state: SupervisedState = 'running'
  let reason: string | undefined
  let since = new Date().toISOString()
  let restarts = 0
  let crashTimes: number[] = []
  let restartTimer: NodeJS.Timeout | undefined
  let recoveryTimer: NodeJS.Timeout | undefined
  let starting: Promise<ManagedProcess> | undefined
  let stopping = false

  const alive = () => current.howItEnded() === 'running'
  const status = (): SupervisedStatus => ({
    name,
    state,
    ...(alive() ? { pid: current.pid } : {}),
    restarts,
    ...(reason ? { reason } : {}),
    since,
  })
  const become = (next: SupervisedState, why?: string) => {
    state = next
    reason = why
    since = new Date().toISOString()
    onChange?.(status())
  }

  const crashed = (what: string) => {
    const now = Date.now()
    crashTimes = [...crashTimes.filter((time) => now - time < policy.windowMs), now]
    const crashes = crashTimes.length
    const delay = Math.min(policy.firstDelayMs * 2 ** (crashes - 1), policy.maxDelayMs)
    const failed = crashes >= policy.failedAfterCrashes
    const seconds = Math.round(policy.windowMs / 1000)
    become(
      failed ? 'failed' : 'restarting',
      failed ? `${what}; ${crashes} times within ${seconds} s` : what,
    )
    log(`${name}: restarting in ${(delay / 1000).toFixed(1)} s (${reason})`)
    restartTimer = setTimeout(() => void restart(), delay)
  }

  const watch = (proc: ManagedProcess) => {
    void proc.exited.then(() => {
      if (stopping) return
      clearTimeout(recoveryTimer)
      log(
        `${name} (pid ${proc.pid}) ended unexpectedly: ${proc.howItEnded()}. Its last output:\n` +
          proc.outputTail(),
      )
      crashed(`ended unexpectedly (${proc.howItEnded()})`)
    })
  }

  const restart = async () => {
    restartTimer = undefined
    if (stopping) return
    restarts += 1
    starting = start(restarts)
    try {
      current = await starting
    } catch (error) {
      if (stopping) return
      log(`${name} could not be restarted: ${error instanceof Error ? error.message : error}`)
      crashed(`restart failed: ${firstLine(error)}`)
      return
    } finally {
      starting = undefined
    }
    if (stopping) return
    watch(current)
    log(`${name} running again (pid ${current.pid}, restart ${restarts})`)
    if (state === 'failed') {
      const proc = current
      onChange?.(status())
      recoveryTimer = setTimeout(() => {
        if (stopping || proc !== current || !alive()) return
        crashTimes = []
        become('running')
      }, policy.windowMs)
    } else {
      become('running')
    }
  }

  const standDown = () => {
    if (stopping) return
    stopping = true
    clearTimeout(restartTimer)
    clearTimeout(recoveryTimer)
    become('stopping')
  }

  watch(current)
  return {
    name,
    status,
    howItEnded: () => current.howItEnded(),
    standDown,
    stop: async () => {
      standDown()
      if (starting) current = await starting.catch(() => current)
      await current.stop()
      become('stopped')
    },
  }
}
