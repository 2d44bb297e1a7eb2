import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

import {
  EMBEDDED_INDEXING_MEMORY,
  meilisearchBinaryPath,
  startMeilisearch,
} from '../../src/services/meilisearch'
import { lockDataDir } from '../../src/services/dataDirLock'
import { findFreePort, PortTakenError } from '../../src/services/ports'
import { makeTmpDir } from '../helpers/testStack'

describe('embedded services start-up errors', () => {
  it('says which port is taken and how to choose another', async () => {
    const blocker = net.createServer()
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve))
    const port = (blocker.address() as net.AddressInfo).port
    try {
      const attempt = startMeilisearch({
        binary: meilisearchBinaryPath(),
        dataDir: path.join(makeTmpDir(), 'meili'),
        port,
        masterKey: 'x'.repeat(32),
      })
      await expect(attempt).rejects.toThrow(PortTakenError)
      await expect(attempt).rejects.toThrow(/MEILI_PORT=<port>/)
    } finally {
      blocker.close()
    }
  })

  it('refuses a data folder held by another live process', () => {
    const dir = makeTmpDir()
    // pid 1 is always alive and never us: it stands for another `npm start`.
    fs.writeFileSync(path.join(dir, 'wissenshub.pid'), '1')
    expect(() => lockDataDir(dir, 'Meilisearch')).toThrow(/in use by process 1/)
  })

  it('takes over a data folder whose holder is gone', () => {
    const dir = makeTmpDir()
    fs.writeFileSync(path.join(dir, 'wissenshub.pid'), '999999')
    const lock = lockDataDir(dir, 'Meilisearch')
    lock.release()
  })

  it("gives the embedded Meilisearch a bounded indexing memory, or the operator's", async () => {
    const environOfMeilisearch = async () => {
      const meili = await startMeilisearch({
        binary: meilisearchBinaryPath(),
        dataDir: path.join(makeTmpDir(), 'meili'),
        port: await findFreePort(),
        masterKey: 'x'.repeat(32),
      })
      try {
        return fs.readFileSync(`/proc/${meili.pid}/environ`, 'utf8').split('\0')
      } finally {
        await meili.stop()
      }
    }
    const before = process.env.MEILI_MAX_INDEXING_MEMORY
    try {
      delete process.env.MEILI_MAX_INDEXING_MEMORY
      expect(await environOfMeilisearch()).toContain(
        `MEILI_MAX_INDEXING_MEMORY=${EMBEDDED_INDEXING_MEMORY}`,
      )
      process.env.MEILI_MAX_INDEXING_MEMORY = '1GiB'
      expect(await environOfMeilisearch()).toContain('MEILI_MAX_INDEXING_MEMORY=1GiB')
    } finally {
      if (before === undefined) delete process.env.MEILI_MAX_INDEXING_MEMORY
      else process.env.MEILI_MAX_INDEXING_MEMORY = before
    }
  })
})
