import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

export const DEFAULT_ADMIN_EMAIL = 'admin@wissenshub.local'

/**
 * Creates the first admin when there is no user yet. The password comes from ADMIN_PASSWORD or
 * is generated and printed once; it is stored nowhere else.
 */
export async function seedAdmin(payload: Payload, log: (line: string) => void) {
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs > 0) return
  const email = process.env.ADMIN_EMAIL || DEFAULT_ADMIN_EMAIL
  const password = process.env.ADMIN_PASSWORD || randomBytes(12).toString('base64url')
  await payload.create({
    collection: 'users',
    data: { email, password, name: 'Administration', roles: ['admin'] },
  })
  if (!process.env.ADMIN_PASSWORD) {
    log('')
    log('  First admin account (shown only now — write it down):')
    log(`    E-Mail:   ${email}`)
    log(`    Passwort: ${password}`)
    log('')
  }
}
