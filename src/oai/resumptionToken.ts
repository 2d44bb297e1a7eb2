import { z } from 'zod'

/** Where a list continues: the request's arguments and the next page of the current set. */
const Token = z.object({
  set: z.string().optional(),
  from: z.string().optional(),
  until: z.string().optional(),
  /** Index into the harvested collections, and the page within it. */
  collection: z.int().min(0),
  page: z.int().min(1),
  /** Items already sent, for the `cursor` attribute. */
  cursor: z.int().min(0),
  verb: z.enum(['ListRecords', 'ListIdentifiers']),
})
export type ResumptionState = z.infer<typeof Token>

export function encodeResumptionToken(state: ResumptionState): string {
  return Buffer.from(JSON.stringify(state)).toString('base64url')
}

/** The state, or `undefined` for a token this server did not make (→ badResumptionToken). */
export function decodeResumptionToken(token: string): ResumptionState | undefined {
  try {
    const parsed = Token.safeParse(JSON.parse(Buffer.from(token, 'base64url').toString('utf8')))
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}
