import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'

/** The Python tools `npm run test:validators-setup` installs (scripts/ensureApiValidators.ts). */
export const validatorBin = (name: string) =>
  path.join(process.cwd(), '.tools', 'api-validators', 'bin', name)

/** Runs a tool; resolves with its exit code and output instead of throwing on failure. */
export async function runTool(command: string, args: string[], timeoutMs = 240_000) {
  try {
    const { stdout, stderr } = await promisify(execFile)(command, args, {
      timeout: timeoutMs,
      maxBuffer: 64 * 1024 * 1024,
    })
    return { code: 0, stdout, output: `${stdout}${stderr}` }
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string; message: string }
    return {
      code: typeof failed.code === 'number' ? failed.code : 1,
      stdout: failed.stdout ?? '',
      output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` || failed.message,
    }
  }
}
