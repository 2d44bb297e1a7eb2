/**
 * The API tests run schemathesis (property-based tests driven by the OpenAPI document) and
 * openapi-spec-validator, both from PyPI. Installs pinned versions into a virtual environment
 * under `.tools/` once; needs Python ≥ 3.10 with venv (Debian: `python3-venv`, installed with
 * apt-get when missing and we are root). Java for the Nu Html Checker is checked the same way.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const VENV = path.resolve('.tools', 'api-validators')
const PACKAGES = ['schemathesis==4.32.5', 'openapi-spec-validator==0.9.0']
const STAMP = path.join(VENV, 'installed.txt')

const run = (command: string, args: string[]) =>
  execFileSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })

function aptInstall(packages: string[]) {
  if (process.getuid?.() !== 0) {
    console.error(`Missing: ${packages.join(', ')}. Install them (\`sudo apt-get install …\`).`)
    process.exit(1)
  }
  run('apt-get', ['update', '-qq'])
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages])
}

const works = (command: string, args: string[]) => {
  try {
    execFileSync(command, args, { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

if (!works('java', ['-version'])) aptInstall(['default-jre-headless'])

if (fs.existsSync(STAMP) && fs.readFileSync(STAMP, 'utf8') === PACKAGES.join('\n')) {
  console.log(`API validators: ${VENV}`)
} else {
  if (!works('python3', ['-m', 'venv', '--help'])) aptInstall(['python3-venv'])
  console.log(`Installing ${PACKAGES.join(', ')} into ${VENV} (pip)…`)
  fs.rmSync(VENV, { recursive: true, force: true })
  run('python3', ['-m', 'venv', VENV])
  run(path.join(VENV, 'bin', 'pip'), ['install', '--quiet', ...PACKAGES])
  fs.writeFileSync(STAMP, PACKAGES.join('\n'))
}
