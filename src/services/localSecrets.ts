import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

export type LocalSecrets = { payloadSecret: string; meiliMasterKey: string }

/**
 * Secrets for a hub that runs on its embedded services: made once, kept beside the data (so
 * sessions and the search index survive restarts) and never committed. Production sets its own.
 */
export function loadOrCreateLocalSecrets(dataDir: string): LocalSecrets {
  const file = path.join(dataDir, 'secrets.json')
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as LocalSecrets
  const secrets: LocalSecrets = {
    payloadSecret: randomBytes(32).toString('hex'),
    meiliMasterKey: randomBytes(32).toString('hex'),
  }
  fs.mkdirSync(dataDir, { recursive: true })
  fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 })
  return secrets
}
