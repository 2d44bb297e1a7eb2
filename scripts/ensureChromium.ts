/**
 * The browser tests drive Debian's `chromium` (playwright-core cannot download its own browser on
 * machines without internet). Installs it with apt-get when missing and we are root.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

if (fs.existsSync(CHROMIUM_PATH)) {
  console.log(`Chromium: ${CHROMIUM_PATH}`)
} else if (process.getuid?.() === 0) {
  console.log('Installing Debian chromium for the browser tests (apt-get)…')
  const apt = {
    stdio: 'inherit' as const,
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  }
  execFileSync('apt-get', ['update', '-qq'], apt)
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], apt)
} else {
  console.error(
    `Chromium not found at ${CHROMIUM_PATH}. Install it (\`sudo apt-get install chromium\`) ` +
      'or point CHROMIUM_PATH at a Chromium/Chrome binary.',
  )
  process.exit(1)
}
