/** Small measuring tools for the benchmark scripts: percentiles and concurrent request loops. */

export function percentile(sortedMs: number[], p: number): number {
  if (sortedMs.length === 0) return NaN
  const rank = Math.min(sortedMs.length - 1, Math.ceil((p / 100) * sortedMs.length) - 1)
  return sortedMs[Math.max(0, rank)]
}

export type LatencySummary = {
  count: number
  errors: number
  p50: number
  p95: number
  p99: number
  max: number
}

export function summarize(samplesMs: number[], errors = 0): LatencySummary {
  const sorted = [...samplesMs].sort((a, b) => a - b)
  return {
    count: sorted.length,
    errors,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? NaN,
  }
}

/**
 * Runs `total` calls of `request(i)` with `clients` of them in flight at any time, and returns
 * the latency of each. A call that throws counts as an error and is not timed.
 */
export async function runConcurrently(
  total: number,
  clients: number,
  request: (i: number) => Promise<void>,
): Promise<LatencySummary> {
  const samples: number[] = []
  let errors = 0
  let next = 0
  const worker = async () => {
    while (next < total) {
      const i = next++
      const started = performance.now()
      try {
        await request(i)
        samples.push(performance.now() - started)
      } catch {
        errors += 1
      }
    }
  }
  await Promise.all(Array.from({ length: clients }, worker))
  return summarize(samples, errors)
}

export const ms = (value: number) => `${value.toFixed(1)} ms`
export const ratio = (value: number) => `${value.toFixed(2)}×`
