import { readSupervisorStatus } from '@/services/supervisorStatus'
import type { SupervisedState } from '@/services/supervisor'

export type ProcessesCheck =
  | {
      ok: boolean
      processes: { name: string; state: SupervisedState; restarts: number; reason?: string }[]
    }
  | { ok: false; problem: 'status-unreadable' | 'supervisor-gone' }

function isAlive(pid: number) {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * The processes `npm start` supervises, as its status file says (`WISSENSHUB_SUPERVISOR_STATUS`):
 * ok while every one runs. Undefined when the app runs without that supervisor (tests, an
 * orchestrator), which then watches the processes itself.
 */
export function checkSupervisedProcesses(file: string | undefined): ProcessesCheck | undefined {
  if (!file) return undefined
  const status = readSupervisorStatus(file)
  if (!status) return { ok: false, problem: 'status-unreadable' }
  if (!isAlive(status.pid)) return { ok: false, problem: 'supervisor-gone' }
  const processes = status.processes.map(({ name, state, restarts, reason }) => ({
    name,
    state,
    restarts,
    ...(reason ? { reason } : {}),
  }))
  return { ok: processes.every((proc) => proc.state === 'running'), processes }
}
