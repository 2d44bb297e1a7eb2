import { spawn } from 'node:child_process'
import fs from 'node:fs'
import { request as httpRequest } from 'node:http'
import os from 'node:os'
import path from 'node:path'

import { MongoClient } from 'mongodb'

import { ensureFerretdbBinary, startFerretdb } from '../../src/services/ferretdb'
import { projectPaths } from '../../src/services/paths'
import { findFreePort } from '../../src/services/ports'
import { randomSecret } from '../../src/services/throwawayStack'
import { waitForHttp } from '../../src/services/waitForHttp'

/** Sends a POST whose body arrives in two halves, the second after `beforeSecondHalf()`. */
function slowPost(url: string, token: string, body: string, beforeSecondHalf: () => Promise<void>) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = httpRequest(url, {
      method: 'POST',
      headers: {
        Authorization: `JWT ${token}`,
        'Content-Type': 'application/json',
        'Content-Length': Buffer.byteLength(body),
      },
    })
    req.on('response', (response) => {
      let text = ''
      response.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }))
    })
    req.on('error', reject)
    const half = Math.floor(body.length / 2)
    // Only once the connection is open and the headers are sent, and the server had a moment to
    // accept them: a stop sent before that refuses the connection (a request not yet in flight).
    req.write(body.slice(0, half), () => {
      setTimeout(() => {
        void beforeSecondHalf().then(
          () => req.end(body.slice(half)),
          (error: unknown) => reject(error as Error),
        )
      }, 300)
    })
  })
}

describe('npm start stopped with SIGTERM', () => {
  it('finishes the request and the jobs in flight, refuses new requests, stops the services cleanly, keeps the data', async () => {
    const { root, toolsDir } = projectPaths()
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wissenshub-shutdown-'))
    const port = await findFreePort()
    const password = randomSecret()
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      WISSENSHUB_DATA_DIR: dataDir,
      PORT: String(port),
      DATABASE_PORT: String(await findFreePort()),
      MEILI_PORT: String(await findFreePort()),
      ADMIN_PASSWORD: password,
    }
    for (const name of ['DATABASE_URI', 'MEILI_HOST', 'MEILI_MASTER_KEY', 'PAYLOAD_SECRET']) {
      delete env[name]
    }
    const start = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    start.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
    start.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
    const exited = new Promise<number | null>((resolve) => start.once('exit', resolve))
    const appUrl = `http://127.0.0.1:${port}`
    try {
      expect(await waitForHttp(`${appUrl}/api/ready`, 150_000)).toBe(true)
      const login = await fetch(`${appUrl}/api/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: 'admin@wissenshub.local', password }),
      })
      const { token } = (await login.json()) as { token: string }

      const title = `Während des Herunterfahrens ${randomSecret().slice(0, 6)}`
      let refused = false
      let stopSent = 0
      const inFlight = await slowPost(
        `${appUrl}/api/talks`,
        token,
        JSON.stringify({ title, _status: 'published' }),
        async () => {
          start.kill('SIGTERM')
          stopSent = performance.now()
          await new Promise((resolve) => setTimeout(resolve, 1_500))
          refused = await fetch(`${appUrl}/api/health`).then(
            () => false,
            () => true,
          )
        },
      )
      expect(refused).toBe(true)
      expect(inFlight.status).toBe(201)
      expect(await exited).toBe(0)
      // Meilisearch has no SIGTERM handler and ends at once; neither needed the SIGKILL that
      // follows 10 s after SIGTERM.
      expect(output).toMatch(/Stopped FerretDB \(exit 0\), Meilisearch \(SIGTERM\)/)
      expect(output).toMatch(/Stopped jobs worker \(exit 0\)/)
      // Bounded: well within one 10 s SIGKILL deadline per stage (apps, then services).
      expect(performance.now() - stopSent).toBeLessThan(15_000)

      // The talk saved by the last request is on disk.
      const ferretdb = await startFerretdb({
        binary: ensureFerretdbBinary(toolsDir),
        dataDir: path.join(dataDir, 'ferretdb'),
        port: await findFreePort(),
        database: 'wissenshub',
      })
      const client = await MongoClient.connect(ferretdb.uri)
      try {
        expect(
          await client
            .db()
            .collection('talks')
            .countDocuments({ title: { $exists: true } }),
        ).toBeGreaterThan(0)
        const saved = await client.db().collection('talks').find({}).toArray()
        expect(JSON.stringify(saved)).toContain(title)
        // The jobs runner finished what it had started: no job is left marked as running.
        expect(
          await client.db().collection('payload-jobs').countDocuments({ processing: true }),
        ).toBe(0)
      } finally {
        await client.close()
        await ferretdb.stop()
      }
    } finally {
      if (start.exitCode === null) start.kill('SIGKILL')
      fs.rmSync(dataDir, { recursive: true, force: true })
    }
  }, 240_000)
})
