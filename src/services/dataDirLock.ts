import fs from 'node:fs'
import path from 'node:path'

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * One server per data folder: two FerretDB or Meilisearch processes on the same files corrupt
 * them or fail with an obscure lock error. A pid file says who holds the folder.
 */
export function lockDataDir(dir: string, service: string) {
  fs.mkdirSync(dir, { recursive: true })
  const pidFile = path.join(dir, 'wissenshub.pid')
  if (fs.existsSync(pidFile)) {
    const holder = Number(fs.readFileSync(pidFile, 'utf8').trim())
    if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) {
      throw new Error(
        `The ${service} data folder ${dir} is in use by process ${holder} (another \`npm start\`?). ` +
          `Stop that process (\`kill ${holder}\`), or point this one elsewhere with WISSENSHUB_DATA_DIR.`,
      )
    }
  }
  fs.writeFileSync(pidFile, String(process.pid))
  return {
    release: () => {
      try {
        if (fs.readFileSync(pidFile, 'utf8').trim() === String(process.pid)) fs.rmSync(pidFile)
      } catch {
        // already gone
      }
    },
  }
}
