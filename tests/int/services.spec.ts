import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

import { startMeilisearch, meilisearchBinaryPath } from '../../src/services/meilisearch'
import { lockDataDir } from '../../src/services/dataDirLock'
import { PortTakenError } from '../../src/services/ports'
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
})
