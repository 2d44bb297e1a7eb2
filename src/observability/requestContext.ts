import { AsyncLocalStorage } from 'node:async_hooks'

type RequestContext = { requestId: string }

// Payload has no per-request logger: its `payload.logger` is one pino instance. The request id
// reaches every line logged while a request is handled through this store and pino's `mixin`.
const storage = new AsyncLocalStorage<RequestContext>()

export function runWithRequestId<T>(requestId: string, work: () => T): T {
  return storage.run({ requestId }, work)
}

export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId
}
