import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { findFreePort } from '../../src/services/ports'
import { stopProcesses } from '../../src/services/throwawayStack'
import { waitForHttp } from '../../src/services/waitForHttp'

/**
 * What Next.js itself does on this machine, as a floor for the hub's pages: a bare Next.js app
 * (the hub's Next.js and React, no proxy, no data, no cache handler) with one page prerendered at
 * build time holding `bodyHtml` (the body of the hub's own talk page: the same markup, though
 * without the hub's scripts and their data the page is smaller) and the hub's icon as its static
 * file. Served by `next start` from a temp folder;
 * `stop()` ends the server and removes the folder.
 */
export async function startNextFloor({ root, bodyHtml }: { root: string; bodyHtml: string }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wissenshub-next-floor-'))
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'))
  fs.mkdirSync(path.join(dir, 'app'))
  fs.mkdirSync(path.join(dir, 'public'))
  fs.copyFileSync(path.join(root, 'public', 'icon.svg'), path.join(dir, 'public', 'icon.svg'))
  fs.writeFileSync(path.join(dir, 'package.json'), '{ "private": true }\n')
  // The app lives outside the repository and reaches Next.js through a symlink: Turbopack only
  // compiles files under its root, so the root is the common ancestor of both.
  fs.writeFileSync(
    path.join(dir, 'next.config.mjs'),
    "export default { poweredByHeader: false, turbopack: { root: '/' } }\n",
  )
  fs.writeFileSync(
    path.join(dir, 'app', 'layout.jsx'),
    'export default function Layout({ children }) {\n' +
      '  return <html lang="de"><body>{children}</body></html>\n}\n',
  )
  fs.writeFileSync(
    path.join(dir, 'app', 'page.jsx'),
    `const BODY = ${JSON.stringify(bodyHtml)}\n` +
      'export default function Page() {\n' +
      '  return <div dangerouslySetInnerHTML={{ __html: BODY }} />\n}\n',
  )
  const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next')
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: dir,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
  }
  const build = spawnSync(process.execPath, [nextBin, 'build'], { cwd: dir, env, encoding: 'utf8' })
  if (build.status !== 0) {
    fs.rmSync(dir, { recursive: true, force: true })
    throw new Error(`next build of the floor app failed:\n${build.stdout}\n${build.stderr}`)
  }
  const port = await findFreePort()
  const server = spawn(
    process.execPath,
    [nextBin, 'start', '--hostname', '127.0.0.1', '--port', String(port)],
    { cwd: dir, env, stdio: 'ignore' },
  )
  const url = `http://127.0.0.1:${port}`
  const stop = async () => {
    await stopProcesses([server.pid!])
    fs.rmSync(dir, { recursive: true, force: true })
  }
  if (!(await waitForHttp(`${url}/`, 60_000))) {
    await stop()
    throw new Error(`the floor app at ${url} did not answer within 60 s`)
  }
  return { url, stop }
}

/** The inside of a page's `<body>`, its scripts removed (the floor app brings its own). */
export function bodyWithoutScripts(html: string): string {
  const body = /<body[^>]*>([\s\S]*)<\/body>/.exec(html)?.[1]
  if (body === undefined) throw new Error('the page has no <body>')
  return body.replace(/<script\b[\s\S]*?<\/script>/g, '')
}
