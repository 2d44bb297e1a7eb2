import fs from 'node:fs'
import path from 'node:path'

import { checkSupervisedProcesses } from '../../src/health/supervisedProcesses'
import { startManagedProcess } from '../../src/services/managedProcess'
import {
  supervise,
  type RestartPolicy,
  type SupervisedState,
  type SupervisedStatus,
} from '../../src/services/supervisor'
import { writeSupervisorStatus } from '../../src/services/supervisorStatus'
import { eventually, staysFalse } from '../helpers/api'
import { makeTmpDir } from '../helpers/testStack'

/** A real child process: `node -e <script>`, its output in a log file of its own. */
function nodeChild(script: string, dir = makeTmpDir(), isReady = async () => true) {
  let n = 0
  const starts: number[] = []
  const start = () => {
    starts.push(performance.now())
    n += 1
    return startManagedProcess({
      name: 'child',
      command: process.execPath,
      args: ['-e', script],
      logFile: path.join(dir, `child-${n}.log`),
      isReady,
    })
  }
  return { start, starts }
}

function recorder() {
  const lines: { at: number; line: string }[] = []
  const states: SupervisedState[] = []
  const statuses: SupervisedStatus[] = []
  return {
    lines,
    states,
    statuses,
    log: (line: string) => lines.push({ at: performance.now(), line }),
    onChange: (status: SupervisedStatus) => {
      states.push(status.state)
      statuses.push(status)
    },
  }
}

const noFailure: Partial<RestartPolicy> = { failedAfterCrashes: 1000, windowMs: 60_000 }

describe('supervise(): restart policy, on real child processes', () => {
  it('restarts a child that ends unexpectedly, doubling the wait up to the cap, and logs how it ended with its last output', async () => {
    const child = nodeChild(`console.log('working on it'); setTimeout(() => process.exit(3), 100)`)
    const seen = recorder()
    const supervised = await supervise({
      name: 'child',
      start: child.start,
      policy: { ...noFailure, firstDelayMs: 100, maxDelayMs: 400 },
      ...seen,
    })
    try {
      await eventually('six starts', async () => child.starts.length >= 6, 20_000)
    } finally {
      await supervised.stop()
    }
    const crashes = seen.lines.filter(({ line }) => line.includes('ended unexpectedly'))
    expect(crashes.length).toBeGreaterThanOrEqual(5)
    expect(crashes[0].line).toMatch(/child \(pid \d+\) ended unexpectedly: exit 3/)
    expect(crashes[0].line).toContain('working on it')
    // The wait between a crash and the next start: 100, 200, 400 (the cap), 400, 400 ms, as
    // announced and as waited (timers run late on a loaded machine, never early).
    const announced = seen.lines
      .map(({ line }) => /restarting in ([\d.]+) s/.exec(line)?.[1])
      .filter(Boolean)
      .slice(0, 5)
    expect(announced).toEqual(['0.1', '0.2', '0.4', '0.4', '0.4'])
    const waits = crashes.slice(0, 5).map((crash, i) => Math.round(child.starts[i + 1] - crash.at))
    const expected = [100, 200, 400, 400, 400]
    waits.forEach((wait, i) => expect(wait).toBeGreaterThanOrEqual(expected[i] - 5))
    expect(seen.states).toContain('restarting')
    expect(seen.states.at(-1)).toBe('stopped')
    expect(supervised.status().restarts).toBeGreaterThanOrEqual(5)
  }, 30_000)

  it('restarts a child killed with SIGKILL, on the next start a new process', async () => {
    const child = nodeChild('setInterval(() => undefined, 1000)')
    const seen = recorder()
    const supervised = await supervise({
      name: 'child',
      start: child.start,
      policy: { ...noFailure, firstDelayMs: 50 },
      ...seen,
    })
    try {
      const first = supervised.status().pid!
      process.kill(first, 'SIGKILL')
      await eventually(
        'a new process runs',
        async () => supervised.status().state === 'running' && supervised.status().pid !== first,
        10_000,
      )
      expect(seen.lines.map(({ line }) => line).join('\n')).toMatch(/ended unexpectedly: SIGKILL/)
      expect(seen.states).toEqual(['restarting', 'running'])
    } finally {
      await supervised.stop()
    }
  })

  it('reports a child that crashes repeatedly within the window as failed, with the reason, and as running once it stays up', async () => {
    const dir = makeTmpDir()
    const counter = path.join(dir, 'count')
    // Crashes on its first three starts, then stays up.
    const script = `
      const fs = require('node:fs')
      const n = Number(fs.existsSync(${JSON.stringify(counter)}) ? fs.readFileSync(${JSON.stringify(counter)}, 'utf8') : 0) + 1
      fs.writeFileSync(${JSON.stringify(counter)}, String(n))
      if (n <= 3) setTimeout(() => { console.error('cannot open the data folder'); process.exit(1) }, 50)
      else setInterval(() => undefined, 1000)`
    const child = nodeChild(script, dir)
    const seen = recorder()
    const supervised = await supervise({
      name: 'child',
      start: child.start,
      policy: { firstDelayMs: 50, maxDelayMs: 100, failedAfterCrashes: 3, windowMs: 2_000 },
      ...seen,
    })
    try {
      await eventually('failed', async () => supervised.status().state === 'failed', 10_000)
      expect(supervised.status().reason).toBe('ended unexpectedly (exit 1); 3 times within 2 s')
      // Restarts go on while failed; the fourth start stays up, but it counts as running only
      // once it has stayed up for the window.
      await eventually('a fourth start', async () => child.starts.length === 4, 5_000)
      await eventually('a pid while failed', async () => supervised.status().pid !== undefined)
      expect(supervised.status().state).toBe('failed')
      await eventually('running again', async () => supervised.status().state === 'running', 5_000)
      expect(supervised.status().reason).toBeUndefined()
      // Each crash follows a start that became ready; the fourth start keeps `failed` (with a pid).
      expect(seen.states).toEqual([
        'restarting',
        'running',
        'restarting',
        'running',
        'failed',
        'failed',
        'running',
      ])
    } finally {
      await supervised.stop()
    }
  })

  it('does not retry a first start that fails, and says why', async () => {
    const child = nodeChild(
      `console.error('port 1234 is taken'); process.exit(2)`,
      makeTmpDir(),
      async () => false,
    )
    await expect(
      supervise({ name: 'child', start: child.start, log: () => undefined }),
    ).rejects.toThrow(/child ended \(exit 2\) while starting[\s\S]*port 1234 is taken/)
    await new Promise((resolve) => setTimeout(resolve, 700))
    expect(child.starts).toHaveLength(1)
  })

  it('never restarts during shutdown: stop() while running, while waiting to restart, after standDown()', async () => {
    // Running: SIGTERM, an expected end, not a crash.
    const running = nodeChild('setInterval(() => undefined, 1000)')
    const seenRunning = recorder()
    const first = await supervise({ name: 'child', start: running.start, ...seenRunning })
    await first.stop()
    expect(first.howItEnded()).toBe('SIGTERM')
    expect(seenRunning.states).toEqual(['stopping', 'stopped'])
    expect(seenRunning.lines).toEqual([])

    // Waiting to restart: the pending restart is cancelled.
    const crashing = nodeChild('setTimeout(() => process.exit(1), 100)')
    const seenCrashing = recorder()
    const second = await supervise({
      name: 'child',
      start: crashing.start,
      policy: { firstDelayMs: 1_000 },
      ...seenCrashing,
    })
    await eventually('restarting', async () => second.status().state === 'restarting', 5_000)
    const stopped = performance.now()
    await second.stop()
    expect(performance.now() - stopped).toBeLessThan(200)
    await staysFalse('a restart', async () => crashing.starts.length > 1, 1_500)

    // standDown(), then the child ends (as when Ctrl+C reaches the whole process group first).
    const interrupted = nodeChild('setInterval(() => undefined, 1000)')
    const seenInterrupted = recorder()
    const third = await supervise({
      name: 'child',
      start: interrupted.start,
      policy: { firstDelayMs: 10 },
      ...seenInterrupted,
    })
    third.standDown()
    process.kill(third.status().pid!, 'SIGINT')
    await staysFalse('a restart', async () => interrupted.starts.length > 1, 1_000)
    await third.stop()
    expect(third.howItEnded()).toBe('SIGINT')
    expect(seenInterrupted.lines).toEqual([])
  })

  it('stops a process that is being restarted when stop() comes during its start', async () => {
    const dir = makeTmpDir()
    let n = 0
    let startsBegun = 0
    const seen = recorder()
    const supervised = await supervise({
      name: 'slow starter',
      policy: { firstDelayMs: 10 },
      ...seen,
      start: () => {
        n += 1
        startsBegun += 1
        const script =
          n === 1 ? 'setTimeout(() => process.exit(1), 50)' : 'setInterval(() => 0, 1000)'
        return startManagedProcess({
          name: 'slow starter',
          command: process.execPath,
          args: ['-e', script],
          logFile: path.join(dir, `child-${n}.log`),
          // Ready only after 500 ms.
          isReady: () => new Promise((resolve) => setTimeout(() => resolve(true), 500)),
        })
      },
    })
    await eventually('second start begun', async () => startsBegun === 2, 5_000)
    await supervised.stop()
    expect(supervised.howItEnded()).toBe('SIGTERM')
    expect(supervised.status().state).toBe('stopped')
    expect(startsBegun).toBe(2)
  })
})

describe("the supervisor's status file, as /api/ready reads it", () => {
  it('is ok while every process runs, names a failed one with its reason, and notices a supervisor that is gone', async () => {
    const file = path.join(makeTmpDir(), 'supervisor.json')
    expect(checkSupervisedProcesses(undefined)).toBeUndefined()
    expect(checkSupervisedProcesses(file)).toEqual({ ok: false, problem: 'status-unreadable' })

    const since = new Date().toISOString()
    writeSupervisorStatus(file, [
      { name: 'FerretDB', state: 'running', pid: 11, restarts: 0, since },
      { name: 'jobs worker', state: 'running', pid: 12, restarts: 2, since },
    ])
    expect(checkSupervisedProcesses(file)).toEqual({
      ok: true,
      processes: [
        { name: 'FerretDB', state: 'running', restarts: 0 },
        { name: 'jobs worker', state: 'running', restarts: 2 },
      ],
    })

    const reason = 'ended unexpectedly (SIGKILL); 5 times within 60 s'
    writeSupervisorStatus(file, [
      { name: 'FerretDB', state: 'running', pid: 11, restarts: 0, since },
      { name: 'jobs worker', state: 'failed', restarts: 7, reason, since },
    ])
    expect(checkSupervisedProcesses(file)).toEqual({
      ok: false,
      processes: [
        { name: 'FerretDB', state: 'running', restarts: 0 },
        { name: 'jobs worker', state: 'failed', restarts: 7, reason },
      ],
    })

    const gone = nodeChild('0')
    const proc = await gone.start()
    await proc.exited
    const status = JSON.parse(fs.readFileSync(file, 'utf8')) as { pid: number }
    fs.writeFileSync(file, JSON.stringify({ ...status, pid: proc.pid }))
    expect(checkSupervisedProcesses(file)).toEqual({ ok: false, problem: 'supervisor-gone' })
  })
})
