import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

const BUILD_INPUTS = [
  'src',
  'collections',
  'payload.config.ts',
  'next.config.mjs',
  'package-lock.json',
  'tsconfig.json',
]
const STAMP_FILE = 'wissenshub-build-stamp'

function* walk(entry: string): Generator<string> {
  const stat = fs.statSync(entry, { throwIfNoEntry: false })
  if (!stat) return
  if (!stat.isDirectory()) {
    yield entry
    return
  }
  for (const child of fs.readdirSync(entry).sort()) yield* walk(path.join(entry, child))
}

/** A fingerprint of everything `next build` compiles (paths, sizes and modification times). */
export function sourceFingerprint(root: string): string {
  const hash = createHash('sha256')
  for (const input of BUILD_INPUTS) {
    for (const file of walk(path.join(root, input))) {
      const stat = fs.statSync(file)
      hash.update(`${path.relative(root, file)}:${stat.size}:${stat.mtimeMs}\n`)
    }
  }
  return hash.digest('hex')
}

export function isBuildFresh(root: string): boolean {
  const nextDir = path.join(root, '.next')
  if (!fs.existsSync(path.join(nextDir, 'BUILD_ID'))) return false
  const stamp = fs.readFileSync(path.join(nextDir, STAMP_FILE), { encoding: 'utf8', flag: 'a+' })
  return stamp.trim() === sourceFingerprint(root)
}

/** `fingerprint`: taken before the build started, so that a file saved during it counts as new. */
export function markBuildFresh(root: string, fingerprint: string) {
  fs.writeFileSync(path.join(root, '.next', STAMP_FILE), fingerprint)
}
